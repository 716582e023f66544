using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text;
using Newtonsoft.Json.Linq;

namespace RedFire.Lint.Dockerfiles.ShellCheck;

/// <summary>
/// The <c>shellcheck</c> found on PATH, run once per batch of scripts (written to a private temporary folder) with
/// <c>-f json1</c>, no rc file, and bounds on its time and output so that no script can stall or flood a run.
/// </summary>
public sealed class ShellCheckProcess : IShellChecker
{
    /// <summary>As many scripts per process as keeps the command line far below any system's limit.</summary>
    private const int ScriptsPerProcess = 500;

    /// <summary>ShellCheck takes well under a second per script; these bounds leave room for a loaded machine.</summary>
    private static readonly TimeSpan TimeLimitBase = TimeSpan.FromSeconds(60);

    private static readonly TimeSpan TimeLimitPerScript = TimeSpan.FromSeconds(1);

    private const int OutputLimit = 16 * 1024 * 1024;

    private readonly string _executable;

    private ShellCheckProcess(string executable) => _executable = executable;

    /// <summary>The shellcheck on PATH, or null when there is none.</summary>
    public static ShellCheckProcess? FindOnPath()
    {
        var path = Environment.GetEnvironmentVariable("PATH") ?? "";
        var names = Path.DirectorySeparatorChar == '\\' ? new[] { "shellcheck.exe" } : new[] { "shellcheck" };
        foreach (var directory in path.Split(Path.PathSeparator).Where(d => d.Length > 0))
            foreach (var name in names)
            {
                var candidate = Path.Combine(directory, name);
                if (File.Exists(candidate)) return new ShellCheckProcess(candidate);
            }
        return null;
    }

    public IReadOnlyList<ShellCheckComment>? Check(IReadOnlyList<string> scripts)
    {
        // ShellCheck takes about 15 ms per script, so a script repeated across Dockerfiles (copied stages, the same
        // "apt-get update && …" line) is checked once, and the batches run side by side, one per core.
        var distinct = new List<string>();
        var distinctIndex = new int[scripts.Count];
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < scripts.Count; i++)
        {
            if (!seen.TryGetValue(scripts[i], out var index)) seen[scripts[i]] = index = distinct.Count;
            if (index == distinct.Count) distinct.Add(scripts[i]);
            distinctIndex[i] = index;
        }

        var folder = Path.Combine(Path.GetTempPath(), "redfire-shellcheck-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        try
        {
            var perBatch = Math.Max(1, Math.Min(ScriptsPerProcess, (distinct.Count + Environment.ProcessorCount - 1) / Environment.ProcessorCount));
            var batches = new List<ShellCheckComment>?[(distinct.Count + perBatch - 1) / perBatch];
            System.Threading.Tasks.Parallel.For(0, batches.Length, batch =>
            {
                var files = new List<string>();
                for (var i = batch * perBatch; i < Math.Min(distinct.Count, (batch + 1) * perBatch); i++)
                {
                    var file = Path.Combine(folder, i.ToString("D6", System.Globalization.CultureInfo.InvariantCulture) + ".sh");
                    File.WriteAllText(file, distinct[i], new UTF8Encoding(false));
                    files.Add(file);
                }
                batches[batch] = Run(files) is { } output ? Parse(output).ToList() : null;
            });
            if (batches.Any(b => b is null)) return null;
            var byDistinct = batches.SelectMany(b => b!).ToLookup(c => c.Script);
            return Enumerable.Range(0, scripts.Count)
                .SelectMany(i => byDistinct[distinctIndex[i]].Select(c => c with { Script = i }))
                .ToList();
        }
        finally
        {
            try { Directory.Delete(folder, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
        }
    }

    private string? Run(IReadOnlyList<string> files)
    {
        var start = new ProcessStartInfo(_executable)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            CreateNoWindow = true,
        };
        // SC1090/SC1091 need "# shellcheck source=" directives a Dockerfile cannot give; SC2187: ash is not supported.
        start.Arguments = "--norc -f json1 -e SC1090,SC1091,SC2187 " + string.Join(" ", files.Select(f => "\"" + f + "\""));
        using var process = Process.Start(start);
        if (process is null) return null;
        process.ErrorDataReceived += (_, _) => { };
        process.BeginErrorReadLine();
        var output = new StringBuilder();
        var buffer = new char[8192];
        var reading = process.StandardOutput.ReadAsync(buffer, 0, buffer.Length);
        var deadline = DateTime.UtcNow + TimeLimitBase + TimeSpan.FromTicks(TimeLimitPerScript.Ticks * files.Count);
        while (true)
        {
            var left = deadline - DateTime.UtcNow;
            if (left <= TimeSpan.Zero || !reading.Wait(left) || output.Length > OutputLimit)
            {
                try { process.Kill(); } catch (InvalidOperationException) { }
                return null;
            }
            if (reading.Result == 0) break;
            output.Append(buffer, 0, reading.Result);
            reading = process.StandardOutput.ReadAsync(buffer, 0, buffer.Length);
        }
        process.WaitForExit();
        // 0: no comments, 1: comments; anything else is a usage or internal failure of ShellCheck.
        return process.ExitCode is 0 or 1 ? output.ToString() : null;
    }

    private static IEnumerable<ShellCheckComment> Parse(string json)
    {
        if (json.Trim().Length == 0) yield break;
        foreach (var comment in JObject.Parse(json)["comments"]?.Children<JObject>() ?? [])
        {
            var file = Path.GetFileNameWithoutExtension((string?)comment["file"] ?? "");
            if (!int.TryParse(file, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var script)) continue;
            yield return new ShellCheckComment(script,
                (int?)comment["line"] ?? 1, (int?)comment["column"] ?? 1, (int?)comment["endLine"] ?? 1, (int?)comment["endColumn"] ?? 1,
                (string?)comment["level"] ?? "", (int?)comment["code"] ?? 0, (string?)comment["message"] ?? "");
        }
    }
}

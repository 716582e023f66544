using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Threading;
using RedFire.Lint.Cli;
using RedFire.Lint.Sources;

namespace RedFire.Lint.Fuzz;

/// <summary>How many mutants, from which seed, where mutants that fail are saved, and how long one may take.</summary>
public sealed record FuzzOptions(int Mutants, int Seed)
{
    /// <summary>Deployments to mutate: directories whose lintable files are linted together (cross-file checks run too).</summary>
    public IReadOnlyList<string> Deployments { get; init; } = DefaultDeployments();

    public string WorkDirectory { get; init; } = Path.Combine(Path.GetTempPath(), "redfire-fuzz", Environment.ProcessId.ToString());

    /// <summary>
    /// Far above any honest lint of these small trees (a second when the machine is idle, half a minute on a
    /// 2-core machine under a load of 80); a mutant slower than this is a hang.
    /// </summary>
    public TimeSpan HangAfter { get; init; } = TimeSpan.FromMinutes(5);

    /// <summary>Every this many mutants, the mutant is linted twice and the outputs must be identical.</summary>
    public int DeterminismEvery { get; init; } = 20;

    public static string RepositoryRoot =>
        typeof(FuzzOptions).Assembly.GetCustomAttributes(typeof(System.Reflection.AssemblyMetadataAttribute), false)
            .Cast<System.Reflection.AssemblyMetadataAttribute>().First(a => a.Key == "RepositoryRoot").Value!;

    /// <summary>Each example deployment, and the seeds beside this program (small fixtures of the issue's hostile inputs).</summary>
    public static IReadOnlyList<string> DefaultDeployments() =>
        Directory.GetDirectories(Path.Combine(RepositoryRoot, "examples"))
            .Append(Path.Combine(RepositoryRoot, "tests", "Fuzz", "RedFire.Lint.Fuzz", "Seeds"))
            .OrderBy(d => d, StringComparer.Ordinal)
            .ToArray();
}

/// <summary>What a run found: findings by rule, and every mutant that broke a promise (saved for reproduction).</summary>
public sealed class FuzzReport
{
    public int Mutants { get; set; }

    public SortedDictionary<string, long> FindingsByRule { get; } = new(StringComparer.Ordinal);

    public List<string> Failures { get; } = new();

    public long PeakWorkingSetBytes { get; set; }

    public override string ToString()
    {
        var text = new StringBuilder();
        text.AppendLine($"mutants: {Mutants}");
        text.AppendLine($"failures: {Failures.Count}");
        foreach (var failure in Failures) text.AppendLine("  " + failure);
        text.AppendLine($"peak working set: {PeakWorkingSetBytes / (1024 * 1024)} MB");
        text.AppendLine("findings by rule:");
        foreach (var (rule, count) in FindingsByRule) text.AppendLine($"  {rule} {count}");
        return text.ToString();
    }
}

/// <summary>
/// Writes each mutant deployment to a work directory and lints it in-process through <see cref="CliApplication.Run"/>,
/// as the tool runs: a failure is an exit code other than 0 or 1, an RF0000 (a loader or rule threw), output that
/// differs between two runs of the same input, or a lint that does not finish.
/// </summary>
public static class Fuzzer
{
    public static FuzzReport Run(FuzzOptions options, TextWriter? progress = null)
    {
        var random = new Random(options.Seed);
        var mutator = new Mutator(random);
        var deployments = options.Deployments.Select(Load).Where(d => d.Files.Count > 0).ToArray();
        var allTexts = deployments.SelectMany(d => d.Files.Values).ToArray();
        var report = new FuzzReport();
        Directory.CreateDirectory(options.WorkDirectory);
        try
        {
            for (var i = 0; i < options.Mutants; i++)
            {
                var deployment = deployments[random.Next(deployments.Length)];
                var files = new Dictionary<string, string>(deployment.Files, StringComparer.Ordinal);
                var names = files.Keys.OrderBy(k => k, StringComparer.Ordinal).ToArray();
                for (var m = 1 + random.Next(2); m > 0; m--)
                {
                    var name = names[random.Next(names.Length)];
                    files[name] = mutator.Mutate(files[name], allTexts[random.Next(allTexts.Length)]);
                }

                var directory = Path.Combine(options.WorkDirectory, "mutant");
                Write(directory, files);
                var outcome = Lint(directory, options.HangAfter);
                var failure = outcome is null ? "did not finish" : Check(outcome.Value, report);
                if (failure is null && outcome is not null && options.DeterminismEvery > 0 && i % options.DeterminismEvery == 0)
                {
                    var again = Lint(directory, options.HangAfter);
                    if (again?.Output != outcome.Value.Output) failure = "output differs between two runs of the same files";
                }
                report.Mutants++;
                if (failure is not null)
                {
                    var saved = Path.Combine(options.WorkDirectory, $"failure-{i}");
                    Write(saved, files);
                    report.Failures.Add($"mutant {i} ({Path.GetFileName(deployment.Directory)}): {failure}; files in {saved}");
                    if (outcome is null) break; // the hung lint still runs on its thread: stop here
                }
                if ((i + 1) % 1000 == 0)
                {
                    progress?.WriteLine($"{i + 1} mutants, {report.Failures.Count} failures, {PeakMegabytes()} MB peak; findings: " +
                        string.Join(" ", report.FindingsByRule.Select(r => $"{r.Key}={r.Value}")));
                    progress?.Flush();
                }
            }
        }
        finally
        {
            report.PeakWorkingSetBytes = Process.GetCurrentProcess().PeakWorkingSet64;
            TryDelete(Path.Combine(options.WorkDirectory, "mutant"));
        }
        return report;
    }

    private static long PeakMegabytes() => Process.GetCurrentProcess().PeakWorkingSet64 / (1024 * 1024);

    private sealed record Deployment(string Directory, IReadOnlyDictionary<string, string> Files);

    private static readonly string[] ReferencedExtensions = [".yaml", ".yml", ".env", ".conf", ".dockerignore"];

    /// <summary>The files of a deployment the linter reads (by relative path), as text: those it lints and those they reference.</summary>
    private static Deployment Load(string directory)
    {
        var files = System.IO.Directory.EnumerateFiles(directory, "*", SearchOption.AllDirectories)
            .Where(f => FileClassifier.Classify(f) != FileKind.Other || ReferencedExtensions.Any(e => f.EndsWith(e, StringComparison.OrdinalIgnoreCase)))
            .OrderBy(f => f, StringComparer.Ordinal)
            .ToDictionary(f => Path.GetRelativePath(directory, f).Replace('\\', '/'), File.ReadAllText, StringComparer.Ordinal);
        return new Deployment(directory, files);
    }

    private static void Write(string directory, IReadOnlyDictionary<string, string> files)
    {
        TryDelete(directory);
        foreach (var (name, text) in files)
        {
            var path = Path.Combine(directory, name);
            System.IO.Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, text, new UTF8Encoding(false));
        }
    }

    private static void TryDelete(string directory)
    {
        if (System.IO.Directory.Exists(directory)) System.IO.Directory.Delete(directory, recursive: true);
    }

    private readonly record struct Outcome(int ExitCode, string Output, string Error);

    /// <summary>One in-process run of the tool; null when it did not finish in time.</summary>
    private static Outcome? Lint(string directory, TimeSpan hangAfter)
    {
        Outcome? outcome = null;
        var thread = new Thread(() =>
        {
            var output = new StringWriter { NewLine = "\n" };
            var error = new StringWriter { NewLine = "\n" };
            var console = new CliConsole(output, error, directory, _ => null);
            var exitCode = CliApplication.Run(["--format", "json", "--fail-on", "error", "."], console);
            outcome = new Outcome(exitCode, output.ToString(), error.ToString());
        }, maxStackSize: 16 * 1024 * 1024) { IsBackground = true };
        thread.Start();
        return thread.Join(hangAfter) ? outcome : null;
    }

    /// <summary>Counts the findings; the broken promise, if any.</summary>
    private static string? Check(Outcome outcome, FuzzReport report)
    {
        if (outcome.ExitCode is not (0 or 1)) return $"exit code {outcome.ExitCode}: {outcome.Error.Trim()}";
        string? failure = null;
        using var json = JsonDocument.Parse(outcome.Output);
        foreach (var diagnostic in json.RootElement.GetProperty("diagnostics").EnumerateArray())
        {
            var rule = diagnostic.GetProperty("ruleId").GetString()!;
            report.FindingsByRule[rule] = report.FindingsByRule.TryGetValue(rule, out var count) ? count + 1 : 1;
            if (rule == "RF0000") failure ??= $"RF0000 at {diagnostic.GetProperty("file").GetString()}: {diagnostic.GetProperty("message").GetString()}";
        }
        return failure;
    }
}

using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using System.Text;
using System.Threading.Tasks;

namespace RedFire.Lint.MsBuild.Tests.EndToEnd;

/// <summary>Runs the `dotnet` CLI as a user would, in a clean environment, with a time limit.</summary>
internal static class DotNetCli
{
    // Far above the few seconds a build takes on an idle machine; a shared, loaded one can be much slower.
    private static readonly TimeSpan Limit = TimeSpan.FromMinutes(8);

    public sealed record Result(int ExitCode, string Output, TimeSpan Elapsed);

    public static Result Run(string workingDirectory, IReadOnlyDictionary<string, string> environment, params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        // The test host runs inside `dotnet test`, whose MSBuild variables would leak into the child build.
        foreach (var key in start.Environment.Keys.Where(k => k.StartsWith("MSBUILD", StringComparison.OrdinalIgnoreCase)).ToArray())
            start.Environment.Remove(key);
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        start.Environment["DOTNET_SKIP_FIRST_TIME_EXPERIENCE"] = "1";
        foreach (var pair in environment) start.Environment[pair.Key] = pair.Value;

        var clock = Stopwatch.StartNew();
        using var process = Process.Start(start)!;
        var output = new StringBuilder();
        var stdout = Task.Run(() => Append(process.StandardOutput.ReadToEnd()));
        var stderr = Task.Run(() => Append(process.StandardError.ReadToEnd()));
        if (!process.WaitForExit(Limit))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"dotnet {string.Join(" ", arguments)} took longer than {Limit}.");
        }
        Task.WaitAll(stdout, stderr);
        return new Result(process.ExitCode, output.ToString(), clock.Elapsed);

        void Append(string text)
        {
            lock (output) output.Append(text);
        }
    }
}

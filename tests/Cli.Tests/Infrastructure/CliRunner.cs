using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Text;
using System.Threading.Tasks;

namespace RedFire.Lint.Cli.Tests.Infrastructure;

/// <summary>What one run of the real process produced.</summary>
public sealed record CliRun(int ExitCode, string Output, string Error, byte[] OutputBytes)
{
    public override string ToString() => $"exit {ExitCode}\n--- stdout\n{Output}\n--- stderr\n{Error}";
}

/// <summary>
/// Runs the real redfire-lint process: <c>dotnet RedFire.Lint.Cli.dll</c> from the test's output folder (the
/// project reference builds and copies it), in a given working directory, with colour-related variables cleared.
/// </summary>
public static class CliRunner
{
    private static readonly string CliDll = Path.Combine(AppContext.BaseDirectory, "RedFire.Lint.Cli.dll");

    public static CliRun Run(string workingDirectory, params string[] args) => Run(workingDirectory, new Dictionary<string, string?>(), args);

    public static CliRun Run(string workingDirectory, IReadOnlyDictionary<string, string?> environment, params string[] args)
    {
        if (!File.Exists(CliDll)) throw new FileNotFoundException("The CLI was not built next to the tests.", CliDll);
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(CliDll);
        foreach (var arg in args) start.ArgumentList.Add(arg);
        start.Environment["NO_COLOR"] = null;
        start.Environment["DOTNET_NOLOGO"] = "1";
        foreach (var (name, value) in environment) start.Environment[name] = value;

        using var process = Process.Start(start)!;
        using var output = new MemoryStream();
        var copyOutput = process.StandardOutput.BaseStream.CopyToAsync(output);
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(120_000))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"redfire-lint {string.Join(" ", args)} did not finish in 2 minutes.");
        }
        Task.WaitAll(copyOutput, error);
        var bytes = output.ToArray();
        return new CliRun(process.ExitCode, Encoding.UTF8.GetString(bytes), error.Result, bytes);
    }
}

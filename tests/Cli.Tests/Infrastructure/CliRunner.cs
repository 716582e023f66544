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
/// project reference builds and copies it), or the executable <c>REDFIRE_LINT_CLI</c> names (the native build,
/// which <c>.ci/run</c> tests so), in a given working directory, with colour-related variables cleared.
/// </summary>
public static class CliRunner
{
    private static readonly string CliDll = Path.Combine(AppContext.BaseDirectory, "RedFire.Lint.Cli.dll");
    private static readonly string? CliExecutable = Environment.GetEnvironmentVariable("REDFIRE_LINT_CLI") is { Length: > 0 } path ? path : null;

    public static CliRun Run(string workingDirectory, params string[] args) => Run(workingDirectory, new Dictionary<string, string?>(), args);

    public static CliRun Run(string workingDirectory, IReadOnlyDictionary<string, string?> environment, params string[] args)
    {
        var program = CliExecutable ?? CliDll;
        if (!File.Exists(program)) throw new FileNotFoundException(CliExecutable is null ? "The CLI was not built next to the tests." : "REDFIRE_LINT_CLI names no file.", program);
        var start = new ProcessStartInfo(CliExecutable ?? "dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        if (CliExecutable is null) start.ArgumentList.Add(CliDll);
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

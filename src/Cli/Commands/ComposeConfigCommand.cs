using System.Globalization;
using RedFire.Lint.Cli.CommandLine;
using RedFire.Lint.Compose.Config;
using RedFire.Lint.Policy;

namespace RedFire.Lint.Cli.Commands;

/// <summary>
/// <c>redfire-lint config</c>: prints the resolved compose project (<see cref="ComposeConfigRenderer"/>) on standard
/// output and what went wrong loading it on standard error; fails (1) when the project has load errors.
/// </summary>
public static class ComposeConfigCommand
{
    public static int Run(ComposeConfigOptions options, CliConsole console)
    {
        // "readOutsideRoot" (whether the project may reach files outside the directories of its files), and the profile
        // and severities its load findings are printed with.
        var configuration = ConfigurationResolver.Resolve(new ConfigurationRequest(console.WorkingDirectory, ["."]));
        var result = ComposeConfigRenderer.Render(new ComposeConfigRequest(options.Files, console.WorkingDirectory)
        {
            EnvFile = options.EnvFile,
            Format = options.Format,
            ReadOutsideRoot = configuration.ReadOutsideRoot,
            Configuration = configuration,
        });
        foreach (var d in result.Diagnostics)
            console.Error.WriteLine(string.Format(CultureInfo.InvariantCulture, "{0}({1},{2}): {3} {4}: {5}",
                d.Location.File, d.Location.Line, d.Location.Column, d.Severity.ToString().ToLowerInvariant(), d.RuleId, d.Message));
        if (result.Output is not null) console.Output.Write(result.Output);
        return result.HasErrors ? ExitCodes.Findings : ExitCodes.Success;
    }
}

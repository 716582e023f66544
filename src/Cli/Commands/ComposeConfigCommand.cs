using RedFire.Lint.Cli.CommandLine;

namespace RedFire.Lint.Cli.Commands;

/// <summary>
/// <c>redfire-lint config</c>: prints the resolved compose project. The arguments are parsed already
/// (<see cref="ComposeConfigOptions"/>); rendering the resolved model belongs to the compose loader and is
/// wired in here, in <see cref="Run"/>, once that loader exists.
/// </summary>
public static class ComposeConfigCommand
{
    public static int Run(ComposeConfigOptions options, CliConsole console)
    {
        console.Error.WriteLine("redfire-lint: 'config' is not available yet in this version (the compose resolver is not built in).");
        return ExitCodes.UsageOrConfiguration;
    }
}

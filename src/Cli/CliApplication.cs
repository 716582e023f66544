using System;
using RedFire.Lint.Cli.CommandLine;
using RedFire.Lint.Cli.Commands;
using RedFire.Lint.Policy;

namespace RedFire.Lint.Cli;

/// <summary>
/// Dispatches to a command and guarantees the exit-code contract: 0, 1 or 2 and nothing else, whatever happens.
/// </summary>
public static class CliApplication
{
    public static int Run(string[] args, CliConsole console)
    {
        try
        {
            return ArgumentParser.Parse(args) switch
            {
                HelpRequest => Write(console, HelpText.Usage, ExitCodes.Success),
                VersionRequest => Write(console, $"{ToolVersion.Name} {ToolVersion.Current}", ExitCodes.Success),
                ComposeConfigOptions options => ComposeConfigCommand.Run(options, console),
                LintOptions options => LintCommand.Run(options, console),
                _ => throw new InvalidOperationException("unknown command"),
            };
        }
        catch (UsageException e)
        {
            console.Error.WriteLine($"{ToolVersion.Name}: {e.Message}");
            console.Error.WriteLine($"Run '{ToolVersion.Name} --help' for usage.");
            return ExitCodes.UsageOrConfiguration;
        }
        catch (ConfigurationException e)
        {
            console.Error.WriteLine(e.Message);
            return ExitCodes.UsageOrConfiguration;
        }
        catch (Exception e)
        {
            // Only the exception's type: its message could quote input, and input may hold secrets.
            console.Error.WriteLine($"{ToolVersion.Name}: internal error ({e.GetType().FullName}). Please report it with the input that caused it.");
            return ExitCodes.UsageOrConfiguration;
        }
    }

    private static int Write(CliConsole console, string text, int exitCode)
    {
        console.Output.WriteLine(text);
        return exitCode;
    }
}

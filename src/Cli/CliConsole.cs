using System;
using System.IO;

namespace RedFire.Lint.Cli;

/// <summary>The process's surroundings as the commands see them: streams, working directory, environment.</summary>
public sealed class CliConsole
{
    private readonly Func<string, string?> _environment;

    public CliConsole(TextWriter output, TextWriter error, string workingDirectory, Func<string, string?> environment)
    {
        Output = output;
        Error = error;
        WorkingDirectory = workingDirectory;
        _environment = environment;
    }

    public TextWriter Output { get; }

    public TextWriter Error { get; }

    public string WorkingDirectory { get; }

    /// <summary>Whether standard output is an interactive terminal (not a pipe or a file).</summary>
    public bool IsTerminal { get; init; }

    /// <summary>Colour on a terminal unless the user opted out (https://no-color.org) or the terminal cannot show it.</summary>
    public bool WantsColor =>
        IsTerminal && string.IsNullOrEmpty(_environment("NO_COLOR")) && !string.Equals(_environment("TERM"), "dumb", StringComparison.Ordinal);
}

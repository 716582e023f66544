using System;
using System.IO;
using System.Text;

namespace RedFire.Lint.Cli;

/// <summary>The process entry point: real console streams and working directory in, an exit code out.</summary>
public static class Program
{
    public static int Main(string[] args)
    {
        // UTF-8 without BOM and '\n' line ends on every platform, so output is byte-identical everywhere.
        var encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
        using var stdout = new StreamWriter(Console.OpenStandardOutput(), encoding) { NewLine = "\n" };
        using var stderr = new StreamWriter(Console.OpenStandardError(), encoding) { NewLine = "\n", AutoFlush = true };
        var console = new CliConsole(stdout, stderr, Directory.GetCurrentDirectory(), Environment.GetEnvironmentVariable)
        {
            IsTerminal = !Console.IsOutputRedirected,
        };
        var exitCode = CliApplication.Run(args, console);
        stdout.Flush();
        return exitCode;
    }
}

using System;
using System.IO;
using System.Linq;
using System.Text;
using RedFire.Lint.Cli.CommandLine;
using RedFire.Lint.Engine;
using RedFire.Lint.Output;
using RedFire.Lint.Policy;

namespace RedFire.Lint.Cli.Commands;

/// <summary>
/// <c>redfire-lint [options] &lt;path&gt;...</c>: resolve the configuration, find the files, lint, write the
/// report, and turn the result into an exit code.
/// </summary>
public static class LintCommand
{
    public static int Run(LintOptions options, CliConsole console)
    {
        var workingDirectory = console.WorkingDirectory;
        foreach (var path in options.Paths)
        {
            var full = Path.GetFullPath(Path.Combine(workingDirectory, path));
            if (!File.Exists(full) && !Directory.Exists(full)) throw new UsageException($"'{path}' does not exist.");
        }

        var configuration = ConfigurationResolver.Resolve(new ConfigurationRequest(workingDirectory, options.Paths)
        {
            ConfigFile = options.ConfigFile,
            CommandLineSeverities = options.Severities,
        });
        var boundary = configuration.ReadOutsideRoot ? ReadBoundary.Anywhere
            : ReadBoundary.Within(options.Paths.Select(p => LintedDirectory(workingDirectory, p)), PhysicalFileSystem.Instance);
        var sources = SourceDiscovery.Discover(options.Paths, workingDirectory, configuration.Files, boundary);
        configuration = ConfigurationResolver.WithEditorConfig(configuration, sources.Select(s => s.FullPath));

        var result = Linter.Run(new LintRequest(sources) { WorkingDirectory = workingDirectory, Configuration = configuration, Boundary = boundary });

        var report = new LintReport(result.Diagnostics)
        {
            ToolVersion = ToolVersion.Current,
            WorkingDirectory = workingDirectory,
            FileCount = result.FileCount,
        };
        Write(report, options, console);
        return result.HasAtLeast(options.FailOn) ? ExitCodes.Findings : ExitCodes.Success;
    }

    /// <summary>The directory a path given on the command line stands for: itself, or a file's folder.</summary>
    private static string LintedDirectory(string workingDirectory, string path)
    {
        var full = Path.GetFullPath(Path.Combine(workingDirectory, path));
        return Directory.Exists(full) ? full : Path.GetDirectoryName(full) ?? full;
    }

    private static void Write(LintReport report, LintOptions options, CliConsole console)
    {
        if (options.OutputFile is null)
        {
            var writer = ReportFormats.Create(options.Format, console.WantsColor)!;
            writer.Write(report, console.Output);
            return;
        }

        var path = Path.GetFullPath(Path.Combine(console.WorkingDirectory, options.OutputFile));
        // A missing directory is a typo more often than a wish: say so rather than create it.
        if (!Directory.Exists(Path.GetDirectoryName(path)))
            throw new UsageException($"cannot write '{options.OutputFile}': the directory '{Path.GetDirectoryName(options.OutputFile)}' does not exist.");
        try
        {
            // Written whole, then flushed, inside the try: a file such as /proc/version opens but refuses the write.
            using var file = new StreamWriter(path, append: false, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false)) { NewLine = "\n" };
            ReportFormats.Create(options.Format)!.Write(report, file);
            file.Flush();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException or ArgumentException)
        {
            throw new UsageException($"cannot write '{options.OutputFile}': {e.Message}");
        }
    }
}

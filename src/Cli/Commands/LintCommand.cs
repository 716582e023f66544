using System;
using System.IO;
using System.Linq;
using System.Text;
using RedFire.Lint.Cli.CommandLine;
using RedFire.Lint.Dockerfiles.ShellCheck;
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
        var sources = SourceDiscovery.Discover(options.Paths, workingDirectory, configuration.Files);
        configuration = ConfigurationResolver.WithEditorConfig(configuration, sources.Select(s => s.FullPath));

        var result = Linter.Run(new LintRequest(sources) { WorkingDirectory = workingDirectory, Configuration = configuration });

        foreach (var shellCheck in result.Models.Get<ShellCheckResults>().Where(r => r.NotRunReason is not null))
            console.Error.WriteLine($"{ToolVersion.Name}: info: {shellCheck.NotRunReason}, so {shellCheck.ScriptCount} RUN instruction(s) were not checked with ShellCheck (RF1090, RF1091); install it (Debian: apt-get install shellcheck) to check them.");

        var report = new LintReport(result.Diagnostics)
        {
            ToolVersion = ToolVersion.Current,
            WorkingDirectory = workingDirectory,
            FileCount = sources.Count,
        };
        Write(report, options, console);
        return result.HasAtLeast(options.FailOn) ? ExitCodes.Findings : ExitCodes.Success;
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
        StreamWriter file;
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            file = new StreamWriter(path, append: false, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false)) { NewLine = "\n" };
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException or ArgumentException)
        {
            throw new UsageException($"cannot write '{options.OutputFile}': {e.Message}");
        }
        using (file) ReportFormats.Create(options.Format)!.Write(report, file);
    }
}

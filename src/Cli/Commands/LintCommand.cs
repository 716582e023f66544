using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using RedFire.Lint.Cli.CommandLine;
using RedFire.Lint.Dockerfiles.ShellCheck;
using RedFire.Lint.Engine;
using RedFire.Lint.Output;
using RedFire.Lint.Policy;
using RedFire.Lint.Sources;

namespace RedFire.Lint.Cli.Commands;

/// <summary>
/// <c>redfire-lint [options] &lt;path&gt;...</c>: resolve the configuration, find the files, lint, write the
/// report, and turn the result into an exit code.
/// </summary>
public static class LintCommand
{
    /// <summary>Formats a CI system resolves against the checkout: their paths are relative to the repository root, wherever the command runs.</summary>
    private static readonly string[] RepositoryRelativeFormats = ["github", "sarif"];

    public static int Run(LintOptions options, CliConsole console)
    {
        var workingDirectory = console.WorkingDirectory;
        var paths = GivenPaths(workingDirectory, options.Paths);
        var folders = paths.Select(p => p.Folder).Distinct(StringComparer.Ordinal).ToArray();

        // The folders, not the paths: the configuration search starts at each path's folder, which is known by now.
        var configuration = ConfigurationResolver.Resolve(new ConfigurationRequest(workingDirectory, folders)
        {
            ConfigFile = options.ConfigFile,
            CommandLineSeverities = options.Severities,
            Profile = options.Profile,
        });
        var repositoryRoot = RepositoryRoot.Find(workingDirectory);
        var displayRoot = RepositoryRelativeFormats.Contains(options.Format, StringComparer.OrdinalIgnoreCase) ? repositoryRoot : workingDirectory;
        var boundary = configuration.ReadOutsideRoot ? ReadBoundary.Anywhere
            : ReadBoundary.Within(folders, PhysicalFileSystem.Instance);
        // The folders discovery and the ports-class search list answer the later probes for names they do not hold.
        var listings = new FolderListings();
        var sources = SourceDiscovery.Discover(paths, displayRoot, configuration.Files, boundary, listings);
        sources = [.. sources, .. PortsClassOutsideThePaths(sources, paths, folders, displayRoot, configuration, listings)];
        var fileSystem = new ListedFileSystem(PhysicalFileSystem.Instance, listings);
        configuration = ConfigurationResolver.WithEditorConfig(configuration, sources.Select(s => s.FullPath), fileSystem);

        var result = Linter.Run(new LintRequest(sources)
        {
            WorkingDirectory = displayRoot, Configuration = configuration, Boundary = boundary, FileSystem = fileSystem,
        });

        foreach (var shellCheck in result.Models.Get<ShellCheckResults>().Where(r => r.NotRunReason is not null))
            console.Error.WriteLine($"{ToolVersion.Name}: info: {shellCheck.NotRunReason}, so {shellCheck.ScriptCount} RUN instruction(s) were not checked with ShellCheck (RF1090, RF1091); install it (Debian: apt-get install shellcheck) to check them.");

        var report = new LintReport(result.Diagnostics)
        {
            ToolVersion = ToolVersion.Current,
            WorkingDirectory = displayRoot,
            FileCount = result.FileCount,
            Sources = sources,
        };
        Write(report, options, console);
        return result.HasAtLeast(options.FailOn) ? ExitCodes.Findings : ExitCodes.Success;
    }

    /// <summary>
    /// The files declaring the ports class when the linted paths hold none (a subfolder such as <c>deploy/</c> was
    /// named): found from the root of the repository each path is in, so the port checks run as they do in the
    /// build. The repository of the linted paths, not of the working directory: another checkout linted from
    /// here has no business with this one's ports.
    /// </summary>
    private static IEnumerable<SourceFile> PortsClassOutsideThePaths(IReadOnlyList<SourceFile> sources, IReadOnlyList<GivenPath> paths, IReadOnlyList<string> folders,
        string displayRoot, LintConfiguration configuration, FolderListings listings)
    {
        var className = configuration.Policy.PortsClassName;
        if (string.IsNullOrWhiteSpace(className) || sources.Any(s => s.Kind == FileKind.CSharp && PortsClassFiles.Declares(s.FullPath, className))) return [];
        var linted = sources.Select(s => s.FullPath).ToHashSet(StringComparer.Ordinal);
        var roots = new RepositoryRoot().RootsOf(folders);
        // Discovery has seen every file of a linted folder, and a folder's walk covers the folders under it: a run over
        // a tree in no repository (each folder its own root) or over a repository's root walks nothing twice.
        var discovered = paths.Where(p => p.IsFolder).Select(p => p.FullPath).ToHashSet(StringComparer.Ordinal);
        var walked = discovered.Concat(roots).ToHashSet(StringComparer.Ordinal);
        var searched = roots.Distinct(StringComparer.Ordinal).Where(root => !discovered.Contains(root) && !HasAncestorIn(root, walked)).OrderBy(root => root, StringComparer.Ordinal).ToArray();
        // Files named one by one outside a repository are hundreds of roots, each listed and stat-ed: in parallel, kept in order.
        var declaring = new string[searched.Length][];
        System.Threading.Tasks.Parallel.For(0, searched.Length, i => declaring[i] = PortsClassFiles.Under(searched[i], className, listings));
        return declaring.SelectMany(files => files).Distinct(StringComparer.Ordinal)
            .Where(f => !linted.Contains(f) && configuration.Files.Includes(f))
            .Select(f => SourceFile.Read(f, DisplayPaths.Relative(displayRoot, f), FileKind.CSharp));
    }

    /// <summary>Whether a folder above <paramref name="folder"/> is one of <paramref name="folders"/> (absolute paths, with or without a trailing separator).</summary>
    private static bool HasAncestorIn(string folder, HashSet<string> folders)
    {
        for (var ancestor = Path.GetDirectoryName(Path.TrimEndingDirectorySeparator(folder)); !string.IsNullOrEmpty(ancestor); ancestor = Path.GetDirectoryName(ancestor))
            if (folders.Contains(ancestor!) || folders.Contains(ancestor + Path.DirectorySeparatorChar)) return true;
        return false;
    }

    /// <summary>The paths given on the command line, each asked of the disk once; the first missing one, in order, is the error.</summary>
    private static GivenPath[] GivenPaths(string workingDirectory, IReadOnlyList<string> given)
    {
        var paths = GivenPath.AllOf(given, workingDirectory);
        for (var i = 0; i < paths.Length; i++)
            if (paths[i] is null) throw new UsageException($"'{given[i]}' does not exist.");
        return paths!;
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

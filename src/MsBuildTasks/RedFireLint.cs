using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Microsoft.Build.Framework;
using RedFire.Lint.Engine;
using RedFire.Lint.Findings;
using RedFire.Lint.Policy;
using RedFire.Lint.Rules;
using RedFire.Lint.Sources;

namespace RedFire.Lint.MsBuild;

/// <summary>
/// Runs the rule engine on a project's deployment files (and the C# files that declare the ports class),
/// reports the findings in the build log, and keeps them in <see cref="CacheFile"/> for
/// <see cref="RedFireLintReplay"/> to show again when the next build finds nothing changed.
/// Whatever the input files contain, it never throws: a failure is an RF0000 error in the log.
/// </summary>
public sealed class RedFireLint : GatedReportTask
{
    /// <summary>Compose files, Dockerfiles, env files, nginx configs. Optional <c>Kind</c> metadata overrides the file-name classification.</summary>
    [Required]
    public ITaskItem[] Files { get; set; } = [];

    /// <summary>C# files that may declare the ports class; only those that mention its name are read into the run.</summary>
    public ITaskItem[] CSharpFiles { get; set; } = [];

    /// <summary>The folder paths in messages are relative to (<c>$(RedFireLintRoot)</c>).</summary>
    [Required]
    public string WorkingDirectory { get; set; } = string.Empty;

    /// <summary>The .redfire-lint.json to use; when empty, the nearest one above the working directory, if any.</summary>
    public string? ConfigFile { get; set; }

    /// <summary>Where the findings are kept for replay; nothing is kept when empty.</summary>
    public string? CacheFile { get; set; }

    private int _sourceCount;

    /// <summary>True once the engine ran; a target skipped as up to date never sets it (MSBuild infers no such output).</summary>
    [Output]
    public bool Analyzed { get; private set; }

    public override bool Execute()
    {
        IReadOnlyList<ReportedFinding> findings;
        var clock = System.Diagnostics.Stopwatch.StartNew();
        try
        {
            findings = Analyze();
        }
        catch (Exception e)
        {
            // The engine reports bad input as findings; reaching here is our bug. Say so in one line, no stack trace.
            findings = [InternalError($"RedFire.Lint failed: {e.GetType().Name}: {e.Message}. Please report it with the files that caused it.")];
        }

        if (!string.IsNullOrEmpty(CacheFile)) TryWriteCache(CacheFile!, findings);
        Analyzed = true;
        Log.LogMessage(MessageImportance.Normal, $"RedFire.Lint: analysed {_sourceCount} file(s) in {clock.ElapsedMilliseconds} ms; {findings.Count} finding(s).");
        Report(findings);
        return !Log.HasLoggedErrors;
    }

    private IReadOnlyList<ReportedFinding> Analyze()
    {
        // $(RedFireLintRoot) ends with a separator; the engine compares directory paths without one.
        var root = Path.TrimEndingDirectorySeparator(
            Path.GetFullPath(string.IsNullOrEmpty(WorkingDirectory) ? Directory.GetCurrentDirectory() : WorkingDirectory));
        LintConfiguration configuration;
        try
        {
            configuration = ConfigurationResolver.Resolve(new ConfigurationRequest(root, [root])
            {
                ConfigFile = string.IsNullOrEmpty(ConfigFile) ? null : ConfigFile,
            });
        }
        catch (ConfigurationException e)
        {
            // A config file the user must fix: reported at its position, without a rule id (no rule found it).
            return [new ReportedFinding(string.Empty, Severity.Error, FullPath(root, e.File), e.Line, e.Column, e.Line, e.Column,
                $"Invalid RedFire.Lint configuration: {e.Problem}", string.Empty)];
        }

        var sources = ReadSources(root, configuration);
        _sourceCount = sources.Count;
        if (sources.Count == 0) return [];
        configuration = ConfigurationResolver.WithEditorConfig(configuration, sources.Select(s => s.FullPath));

        var result = Linter.Run(new LintRequest(sources)
        {
            WorkingDirectory = root,
            Configuration = configuration,
            Boundary = configuration.ReadOutsideRoot ? ReadBoundary.Anywhere : ReadBoundary.Within([root], PhysicalFileSystem.Instance),
        });
        return result.Diagnostics
            .Select(d => new ReportedFinding(d.RuleId, d.Severity, FullPath(root, d.Location.File),
                d.Location.Line, d.Location.Column, d.Location.EndLine, d.Location.EndColumn, d.Message, d.HelpUri))
            .ToArray();
    }

    private IReadOnlyList<SourceFile> ReadSources(string root, LintConfiguration configuration)
    {
        var portsClassName = configuration.Policy.PortsClassName;
        var byPath = new SortedDictionary<string, FileKind>(StringComparer.Ordinal);
        foreach (var item in Files)
        {
            var kind = KindOf(item);
            if (kind != FileKind.Other) byPath[item.GetMetadata("FullPath")] = kind;
        }
        foreach (var item in CSharpFiles)
        {
            var path = item.GetMetadata("FullPath");
            if (MentionsPortsClass(path, portsClassName)) byPath[path] = FileKind.CSharp;
        }
        return byPath
            .Where(p => configuration.Files.Includes(p.Key) && File.Exists(p.Key))
            .Select(p => SourceFile.Read(p.Key, DisplayPaths.Relative(root, p.Key), p.Value))
            .ToArray();
    }

    private static FileKind KindOf(ITaskItem item)
    {
        var declared = item.GetMetadata("Kind");
        if (!string.IsNullOrEmpty(declared) && Enum.TryParse<FileKind>(declared, ignoreCase: true, out var kind)) return kind;
        return FileClassifier.Classify(item.GetMetadata("FullPath"));
    }

    /// <summary>A cheap text test so the engine parses only the C# files that can declare the ports class.</summary>
    private static bool MentionsPortsClass(string path, string portsClassName) =>
        PhysicalFileSystem.Instance.ReadAllText(path)?.IndexOf(portsClassName, StringComparison.Ordinal) >= 0;

    private static string FullPath(string root, string displayPath) =>
        Path.IsPathRooted(displayPath) ? displayPath : Path.GetFullPath(Path.Combine(root, displayPath));

    private ReportedFinding InternalError(string message) =>
        new(RuleIds.InternalError, Severity.Error, BuildEngine?.ProjectFileOfTaskNode ?? string.Empty, 0, 0, 0, 0, message, string.Empty);

    private void TryWriteCache(string path, IReadOnlyList<ReportedFinding> findings)
    {
        try
        {
            FindingCache.Write(path, findings);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Without a cache the next build simply analyses again.
            Log.LogMessage(MessageImportance.Low, $"RedFire.Lint could not write {path}: {e.Message}");
        }
    }
}

using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Microsoft.Build.Framework;
using RedFire.Lint.Catalog;
using RedFire.Lint.Engine;
using RedFire.Lint.Findings;
using RedFire.Lint.Policy;
using RedFire.Lint.Rules;
using RedFire.Lint.Sources;

namespace RedFire.Lint.MsBuild;

/// <summary>
/// Runs the rule engine on the repository's deployment files (and the C# files that declare the ports class) and
/// reports the findings in the build log. Incremental on its own: the findings are kept in <see cref="CacheFile"/>
/// with the <see cref="InputFingerprint"/> of the run, and replayed while the fingerprint is unchanged, so a
/// no-op build does no analysis and still shows what is wrong. The build's gating properties apply at each report.
/// Whatever the input files contain, it never throws: a failure is an RF0000 error in the log.
/// </summary>
public sealed class RedFireLint : GatedReportTask
{
    /// <summary>Compose files, Dockerfiles, env files, nginx configs. Optional <c>Kind</c> metadata overrides the file-name classification.</summary>
    [Required]
    public ITaskItem[] Files { get; set; } = [];

    /// <summary>C# files that may declare the ports class; only those that mention its name are read into the run.</summary>
    public ITaskItem[] CSharpFiles { get; set; } = [];

    /// <summary>The folder searched for deployment files, that paths in messages are relative to (<c>$(RedFireLintRoot)</c>).</summary>
    [Required]
    public string WorkingDirectory { get; set; } = string.Empty;

    /// <summary>The .redfire-lint.json to use; when empty, the nearest one above the working directory, if any.</summary>
    public string? ConfigFile { get; set; }

    /// <summary>The profile (<c>$(RedFireLintProfile)</c>: recommended, strict or all); when empty, the config file's "extends".</summary>
    public string? Profile { get; set; }

    /// <summary>The project being built (<c>$(MSBuildProjectFullPath)</c>): where findings about the build itself are reported.</summary>
    public string? ProjectFile { get; set; }

    /// <summary>Where the findings are kept for replay; nothing is kept (and nothing replayed) when empty.</summary>
    public string? CacheFile { get; set; }

    private int _sourceCount;

    /// <summary>True when the engine ran, false when the findings were replayed from the cache.</summary>
    [Output]
    public bool Analyzed { get; private set; }

    public override bool Execute()
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var root = Root();
        var fingerprint = InputFingerprint.Compute(root, Settings(), InputPaths());
        var cached = string.IsNullOrEmpty(CacheFile) ? null : FindingCache.TryRead(CacheFile!, fingerprint);
        if (cached is not null)
        {
            Log.LogMessage(MessageImportance.Normal, $"RedFire.Lint: inputs unchanged; replaying {cached.Count} finding(s) from {CacheFile}.");
            Report(cached);
            return !Log.HasLoggedErrors;
        }

        IReadOnlyList<ReportedFinding> findings;
        try
        {
            findings = Analyze(root);
        }
        catch (Exception e)
        {
            // The engine reports bad input as findings; reaching here is our bug. Say so in one line, no stack trace.
            findings = [AtProject(RuleIds.InternalError, Severity.Error, $"RedFire.Lint failed: {e.GetType().Name}: {e.Message}. Please report it with the files that caused it.", string.Empty)];
        }

        if (!string.IsNullOrEmpty(CacheFile)) TryWriteCache(CacheFile!, fingerprint, findings);
        Analyzed = true;
        Log.LogMessage(MessageImportance.Normal, $"RedFire.Lint: analysed {_sourceCount} file(s) under {root} in {clock.ElapsedMilliseconds} ms; {findings.Count} finding(s).");
        Report(findings);
        return !Log.HasLoggedErrors;
    }

    /// <summary>$(RedFireLintRoot) ends with a separator; the engine compares directory paths without one.</summary>
    private string Root() => Path.TrimEndingDirectorySeparator(
        Path.GetFullPath(string.IsNullOrEmpty(WorkingDirectory) ? Directory.GetCurrentDirectory() : WorkingDirectory));

    /// <summary>What changes the result besides the files' contents: the explicit config file, the profile and each file's declared kind.</summary>
    private string Settings() =>
        $"config={ConfigFile}|profile={Profile}|kinds={string.Join(",", Files.Select(f => f.GetMetadata("Kind")))}";

    private IEnumerable<string> InputPaths() =>
        Files.Concat(CSharpFiles).Select(f => f.GetMetadata("FullPath"))
            .Concat(string.IsNullOrEmpty(ConfigFile) ? [] : [Path.GetFullPath(ConfigFile!)]);

    private IReadOnlyList<ReportedFinding> Analyze(string root)
    {
        LintConfiguration configuration;
        try
        {
            configuration = ConfigurationResolver.Resolve(new ConfigurationRequest(root, [root])
            {
                ConfigFile = string.IsNullOrEmpty(ConfigFile) ? null : ConfigFile,
                Profile = RequestedProfile(),
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
        if (!sources.Any(s => s.Kind != FileKind.CSharp)) return NothingFound(root, configuration);
        configuration = ConfigurationResolver.WithEditorConfig(configuration, sources.Select(s => s.FullPath));

        var result = Linter.Run(new LintRequest(sources)
        {
            WorkingDirectory = root,
            Configuration = configuration,
            Boundary = configuration.ReadOutsideRoot ? ReadBoundary.Anywhere : ReadBoundary.Within([root], PhysicalFileSystem.Instance),
        });
        return result.Diagnostics
            .Select(d => new ReportedFinding(d.RuleId, d.Severity, FullPath(root, d.Location.File),
                d.Location.Line, d.Location.Column, d.Location.EndLine, d.Location.EndColumn, d.Message, d.HelpUri, d.Help))
            .ToArray();
    }

    private RuleProfile? RequestedProfile()
    {
        if (string.IsNullOrWhiteSpace(Profile)) return null;
        if (RuleProfiles.TryParse(Profile, out var profile)) return profile;
        throw new ConfigurationException(BuildEngine?.ProjectFileOfTaskNode ?? string.Empty, 0, 0,
            $"RedFireLintProfile '{Profile}' is not a profile (expected {RuleProfiles.Names})");
    }

    /// <summary>RF0020: a root without deployment files is almost always a wrong root (no .git above the project, or a sub-project's folder).</summary>
    private ReportedFinding[] NothingFound(string root, LintConfiguration configuration)
    {
        var severity = configuration.Severities.TryGetValue(RuleIds.NoDeploymentFiles, out var configured)
            ? configured
            : RuleCatalog.Default[RuleIds.NoDeploymentFiles].DefaultSeverity;
        return severity == Severity.None ? [] :
        [
            AtProject(RuleIds.NoDeploymentFiles, severity,
                $"No compose file, Dockerfile, env file or nginx config was found under '{root}', so nothing was linted.",
                "Set RedFireLintRoot to the folder that holds them (in the project or Directory.Build.props), or RedFireLintEnabled to false."),
        ];
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
            if (PortsClassFiles.Declares(path, portsClassName)) byPath[path] = FileKind.CSharp;
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

    private static string FullPath(string root, string displayPath) =>
        Path.IsPathRooted(displayPath) ? displayPath : Path.GetFullPath(Path.Combine(root, displayPath));

    private ReportedFinding AtProject(string ruleId, Severity severity, string message, string help) =>
        new(ruleId, severity, string.IsNullOrEmpty(ProjectFile) ? BuildEngine?.ProjectFileOfTaskNode ?? string.Empty : ProjectFile!, 0, 0, 0, 0, message,
            RuleCatalog.Default.TryGet(ruleId, out var rule) ? rule.HelpUri : string.Empty, help);

    private void TryWriteCache(string path, string fingerprint, IReadOnlyList<ReportedFinding> findings)
    {
        try
        {
            FindingCache.Write(path, fingerprint, findings);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Without a cache the next build simply analyses again.
            Log.LogMessage(MessageImportance.Low, $"RedFire.Lint could not write {path}: {e.Message}");
        }
    }
}

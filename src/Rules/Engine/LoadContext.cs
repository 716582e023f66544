using System;
using System.Collections.Generic;
using System.Linq;
using RedFire.Lint.Dockerfiles.ShellCheck;
using RedFire.Lint.Findings;
using RedFire.Lint.Policy;
using RedFire.Lint.Rules;
using RedFire.Lint.Sources;

namespace RedFire.Lint.Engine;

/// <summary>What a loader works with: the run's sources, the models so far, and a sink for syntax findings.</summary>
public sealed class LoadContext
{
    private readonly List<Finding> _findings = new();

    private readonly Dictionary<string, SourceFile> _byFullPath;
    private readonly Func<string, string> _displayPath;

    internal LoadContext(IReadOnlyList<SourceFile> sources, LintPolicy policy, IFileSystem fileSystem, Func<string, string> displayPath,
        IShellChecker? shellChecker = null)
    {
        ShellChecker = shellChecker;
        Sources = sources;
        Policy = policy;
        FileSystem = fileSystem;
        _displayPath = displayPath;
        _byFullPath = new Dictionary<string, SourceFile>(StringComparer.Ordinal);
        foreach (var source in sources) _byFullPath[source.FullPath] = source;
    }

    public IReadOnlyList<SourceFile> Sources { get; }

    public ModelSet Models { get; } = new();

    public LintPolicy Policy { get; }

    /// <summary>Reads files a loader needs that were not passed in (a Dockerfile named by compose, an included file).</summary>
    public IFileSystem FileSystem { get; }

    /// <summary>ShellCheck for the RUN instructions, or null when it is not available.</summary>
    public IShellChecker? ShellChecker { get; }

    /// <summary>The text sources of one kind; binary ones are reported once by the engine (RF0006) and parsed by no one.</summary>
    public IEnumerable<SourceFile> SourcesOf(FileKind kind) => Sources.Where(s => s.Kind == kind && !s.IsUnreadable);

    /// <summary>
    /// The source at an absolute path: the one passed in if it was, else read once through <see cref="FileSystem"/>
    /// (a Dockerfile a compose file builds, an included file). Null when the file does not exist.
    /// </summary>
    public SourceFile? GetSource(string fullPath, FileKind kind)
    {
        lock (_byFullPath)
        {
            if (_byFullPath.TryGetValue(fullPath, out var known)) return known;
            var text = FileSystem.ReadAllText(fullPath);
            if (text is null) return null;
            var source = new SourceFile(_displayPath(fullPath), text, kind, fullPath);
            _byFullPath[fullPath] = source;
            return source;
        }
    }

    /// <summary>How a path is shown in findings: relative to the working directory, '/' separators.</summary>
    public string DisplayPath(string fullPath) => _displayPath(fullPath);

    public void Report(string ruleId, Location location, FormattableString message, FormattableString? help = null)
    {
        var finding = RuleContext.Render(ruleId, location, message, [], help);
        lock (_findings) _findings.Add(finding);
    }

    internal IReadOnlyList<Finding> Findings
    {
        get { lock (_findings) return _findings.ToArray(); }
    }
}

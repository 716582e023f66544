using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using RedFire.Lint.Deployment;
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

    // Lazy, and missing files too: loaders on many threads ask for the same env files and Dockerfiles, and a read under
    // one lock made them wait for each other; a missing .env was looked for again by every project.
    private readonly ConcurrentDictionary<string, Lazy<SourceFile?>> _byFullPath = new(StringComparer.Ordinal);
    private readonly Func<string, string> _displayPath;
    private readonly ConcurrentDictionary<string, Lazy<DockerIgnore?>> _dockerIgnores = new(StringComparer.Ordinal);

    internal LoadContext(IReadOnlyList<SourceFile> sources, LintPolicy policy, IFileSystem fileSystem, ReadBoundary boundary, Func<string, string> displayPath,
        IShellChecker? shellChecker = null)
    {
        ShellChecker = shellChecker;
        Sources = sources;
        Policy = policy;
        FileSystem = fileSystem;
        Boundary = boundary;
        _displayPath = displayPath;
        foreach (var source in sources) _byFullPath[source.FullPath] = new Lazy<SourceFile?>(() => source);
    }

    public IReadOnlyList<SourceFile> Sources { get; }

    public ModelSet Models { get; } = new();

    public LintPolicy Policy { get; }

    /// <summary>Reads files a loader needs that were not passed in (a Dockerfile named by compose, an included file).</summary>
    public IFileSystem FileSystem { get; }

    /// <summary>ShellCheck for the RUN instructions, or null when it is not available.</summary>
    public IShellChecker? ShellChecker { get; }

    /// <summary>Where files may be read from; <see cref="GetSource"/> applies it.</summary>
    public ReadBoundary Boundary { get; }

    /// <summary>
    /// Whether a rule can report anywhere in this run: a loader whose model only some rules read (ShellCheck's
    /// comments) skips its work when they are all off.
    /// </summary>
    public Func<string, bool> IsRuleOn { get; internal init; } = _ => true;

    /// <summary>
    /// Checks a file's models while it is loaded, for a Dockerfile no compose project builds; null when every Dockerfile
    /// must stay a model (ShellCheck is given all of their scripts at once).
    /// </summary>
    internal LoadTimeRules? RulesAtLoad { get; init; }

    /// <summary>
    /// The .dockerignore BuildKit applies to a build: <c>&lt;Dockerfile&gt;.dockerignore</c> beside the Dockerfile
    /// first, then the context's <c>.dockerignore</c>; null when there is neither. Each file is read and compiled once
    /// per run: every Dockerfile of a folder, each service that builds one and each of its stages ask for the same file,
    /// and compiling its patterns into regexes again each time was 5% of the Dockerfile run.
    /// </summary>
    public DockerIgnore? DockerIgnoreOf(string dockerfileFullPath, string contextPath) =>
        IgnoreFile(dockerfileFullPath + ".dockerignore") ?? IgnoreFile(Compose.ComposePaths.Resolve(contextPath, ".dockerignore"));

    private DockerIgnore? IgnoreFile(string fullPath) =>
        _dockerIgnores.GetOrAdd(fullPath, path => new Lazy<DockerIgnore?>(() =>
            FileSystem.ReadAllText(path) is { } text ? DockerIgnore.Parse(text.Split('\n')) : null)).Value;

    /// <summary>The text sources of one kind; binary ones are reported once by the engine (RF0006) and parsed by no one.</summary>
    public IEnumerable<SourceFile> SourcesOf(FileKind kind) => Sources.Where(s => s.Kind == kind && !s.IsUnreadable);

    /// <summary>
    /// The source at an absolute path: the one passed in if it was, else read once through <see cref="FileSystem"/>
    /// within <see cref="Boundary"/> (a Dockerfile a compose file builds, an included file). Null when the file does
    /// not exist; unreadable (<see cref="SourceFile.IsUnreadable"/>, with the reason) when it must not be read.
    /// </summary>
    public SourceFile? GetSource(string fullPath, FileKind kind) =>
        _byFullPath.GetOrAdd(fullPath, path => new Lazy<SourceFile?>(() => Boundary.Read(FileSystem, path, _displayPath(path), kind))).Value;

    /// <summary>
    /// Runs <paramref name="load"/> on every item (a file, or a group of files) in parallel, each in isolation: an
    /// exception is that item's finding (RF0000 at <paramref name="fileOf"/>) and every other item still loads.
    /// The results come back in the items' order, whatever the threads did, so output is deterministic.
    /// </summary>
    public IReadOnlyList<TResult> ForEachFile<TItem, TResult>(IReadOnlyList<TItem> items, Func<TItem, string> fileOf, Func<TItem, TResult?> load)
        where TResult : class
    {
        var results = new TResult?[items.Count];
        Parallel.For(0, items.Count, i =>
        {
            try
            {
                results[i] = load(items[i]);
            }
            catch (Exception e)
            {
                // The type only: an exception's message may quote the file, and the file may hold a secret.
                Report(RuleIds.InternalError, Location.StartOf(fileOf(items[i])),
                    $"Internal error loading this file ({e.GetType().Name}); it was not linted, the other files were.",
                    $"Please report it with the file that caused it.");
            }
        });
        return results.Where(r => r is not null).ToArray()!;
    }

    /// <summary>The display paths of every source of the run and every file loaders read.</summary>
    internal IReadOnlyList<string> SourcePaths => _byFullPath.Values.Select(s => s.Value).OfType<SourceFile>().Select(s => s.Path).ToArray();

    /// <summary>How a path is shown in findings: relative to the working directory, '/' separators.</summary>
    public string DisplayPath(string fullPath) => _displayPath(fullPath);

    /// <summary>The findings of rules run at load (<see cref="RulesAtLoad"/>), in the order given.</summary>
    internal void AddFindings(IEnumerable<Finding> findings)
    {
        lock (_findings) _findings.AddRange(findings);
    }

    public void Report(string ruleId, Location location, FormattableString message, FormattableString? help = null)
    {
        var finding = RuleContext.Render(ruleId, location, message, [], help);
        lock (_findings) _findings.Add(finding);
    }

    /// <summary>
    /// RF0006 for a file that was not read (<see cref="SourceFile.NotLinted"/>), at the file or at the reference to it;
    /// RF0010 for a linked folder that was not searched, which may hold nothing to lint, so it is only said.
    /// </summary>
    public void ReportUnreadable(SourceFile source, Location at) =>
        Report(source.NotLinted == NotLinted.FolderLinkOutside ? RuleIds.FolderNotSearched : RuleIds.UnreadableFile, at, source.NotLintedMessage(at), source.NotLintedHelp);

    internal IReadOnlyList<Finding> Findings
    {
        get { lock (_findings) return _findings.ToArray(); }
    }
}

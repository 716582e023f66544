using System;
using System.Collections.Generic;
using System.Linq;

namespace RedFire.Lint.Policy;

/// <summary>
/// The config file's globs over paths relative to a directory: a pattern without '/' matches a name at any depth
/// (<c>Dockerfile.dev</c>, <c>*.yml</c>); a pattern that matches a directory covers everything in it
/// (<c>vendor</c>, <c>examples/legacy/</c>); a leading '/' anchors a pattern at the directory.
/// </summary>
public sealed class PathGlobs
{
    private readonly Glob[] _globs;

    public PathGlobs(IReadOnlyList<string> patterns)
    {
        Patterns = patterns;
        _globs = patterns.Select(Compile).ToArray();
    }

    public IReadOnlyList<string> Patterns { get; }

    public bool IsEmpty => _globs.Length == 0;

    /// <summary>True when a pattern matches the relative path ('/'-separated) or one of its directories.</summary>
    public bool Matches(string relativePath)
    {
        var candidates = SelfAndAncestors(relativePath).ToArray();
        return _globs.Any(g => candidates.Any(g.IsMatch));
    }

    private static Glob Compile(string pattern)
    {
        var normalized = pattern.Replace('\\', '/');
        while (normalized.StartsWith("./", StringComparison.Ordinal)) normalized = normalized.Substring(2);
        var anchored = normalized.StartsWith("/", StringComparison.Ordinal);
        normalized = normalized.Trim('/');
        if (!anchored && normalized.IndexOf('/') < 0) normalized = "**/" + normalized;
        return Glob.Compile(normalized);
    }

    /// <summary>"a/b/c" → "a/b/c", "a/b", "a": a pattern naming a directory covers the files under it.</summary>
    private static IEnumerable<string> SelfAndAncestors(string relative)
    {
        for (var path = relative; path.Length > 0; path = path.Substring(0, Math.Max(0, path.LastIndexOf('/'))))
            yield return path;
    }
}

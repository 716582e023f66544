using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using RedFire.Lint.Sources;

namespace RedFire.Lint.Policy;

/// <summary>
/// The config file's <c>include</c>/<c>exclude</c> globs, relative to the directory of the file that set them.
/// A pattern without '/' matches a name at any depth (<c>Dockerfile.dev</c>, <c>*.yml</c>); a pattern that
/// matches a directory covers everything in it (<c>vendor</c>, <c>examples/legacy/</c>). A file is linted
/// when it matches an include pattern (or there are none) and no exclude pattern. Files outside that directory
/// are not governed by it.
/// </summary>
public sealed class PathFilter
{
    private readonly string _baseDirectory;
    private readonly Glob[] _include;
    private readonly Glob[] _exclude;

    public PathFilter(string baseDirectory, IReadOnlyList<string> include, IReadOnlyList<string> exclude)
    {
        _baseDirectory = baseDirectory;
        Include = include;
        Exclude = exclude;
        _include = include.Select(Compile).ToArray();
        _exclude = exclude.Select(Compile).ToArray();
    }

    public static PathFilter All { get; } = new(".", [], []);

    public IReadOnlyList<string> Include { get; }

    public IReadOnlyList<string> Exclude { get; }

    public bool Includes(string fullPath)
    {
        if (_include.Length == 0 && _exclude.Length == 0) return true;
        var relative = DisplayPaths.Relative(Path.GetFullPath(_baseDirectory), fullPath);
        if (relative.StartsWith("../", StringComparison.Ordinal) || Path.IsPathRooted(relative)) return true; // not this config's files
        var candidates = SelfAndAncestors(relative).ToArray();
        if (_include.Length > 0 && !_include.Any(g => candidates.Any(g.IsMatch))) return false;
        return !_exclude.Any(g => candidates.Any(g.IsMatch));
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

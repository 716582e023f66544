using System;
using System.Collections.Generic;
using System.IO;
using RedFire.Lint.Sources;

namespace RedFire.Lint.Policy;

/// <summary>
/// The config file's <c>include</c>/<c>exclude</c> globs (<see cref="PathGlobs"/>), relative to the directory of
/// the file that set them. A file is linted when it matches an include pattern (or there are none) and no exclude
/// pattern. Files outside that directory are not governed by it.
/// </summary>
public sealed class PathFilter
{
    private readonly string _baseDirectory;
    private readonly PathGlobs _include;
    private readonly PathGlobs _exclude;

    public PathFilter(string baseDirectory, IReadOnlyList<string> include, IReadOnlyList<string> exclude)
    {
        _baseDirectory = baseDirectory;
        _include = new PathGlobs(include);
        _exclude = new PathGlobs(exclude);
    }

    public static PathFilter All { get; } = new(".", [], []);

    public IReadOnlyList<string> Include => _include.Patterns;

    public IReadOnlyList<string> Exclude => _exclude.Patterns;

    public bool Includes(string fullPath)
    {
        if (_include.IsEmpty && _exclude.IsEmpty) return true;
        var relative = DisplayPaths.Relative(FullPaths.Of(_baseDirectory), fullPath);
        if (relative.StartsWith("../", StringComparison.Ordinal) || Path.IsPathRooted(relative)) return true; // not this config's files
        if (!_include.IsEmpty && !_include.Matches(relative)) return false;
        return !_exclude.Matches(relative);
    }
}

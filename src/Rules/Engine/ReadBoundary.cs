using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using RedFire.Lint.Sources;

namespace RedFire.Lint.Engine;

/// <summary>
/// Where a run may read: inside the directories it lints. A reference that leaves them (<c>env_file:
/// ../../../etc/passwd</c>) or a symbolic link that leads out of them is reported, not read, so nothing from
/// outside the tree reaches a finding or the <c>config</c> output; unless the configuration sets
/// <c>"readOutsideRoot": true</c> (<see cref="Anywhere"/>).
/// </summary>
public sealed class ReadBoundary
{
    private static readonly StringComparison PathComparison =
        Path.DirectorySeparatorChar == '\\' ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;

    private readonly Root[]? _roots;
    private readonly Root[]? _realRoots;

    private ReadBoundary(IReadOnlyList<string>? roots, IReadOnlyList<string>? realRoots)
    {
        _roots = roots?.Select(r => new Root(r)).ToArray();
        _realRoots = realRoots?.Select(r => new Root(r)).ToArray();
    }

    /// <summary>
    /// A root and the prefix of the paths under it, made once: a run over a thousand files given one by one has a
    /// thousand roots, and building each prefix again for every path checked was an eighth of such a run.
    /// </summary>
    private sealed class Root(string path)
    {
        private readonly string _under = path.TrimEnd('/') + "/";

        public bool Holds(string fullPath) => string.Equals(fullPath, path, PathComparison) || fullPath.StartsWith(_under, PathComparison);
    }

    /// <summary>No boundary: in-memory trees, the analyzer's AdditionalFiles, or a configuration that allows it.</summary>
    public static ReadBoundary Anywhere { get; } = new(null, null);

    /// <summary>Inside <paramref name="roots"/> (absolute directories), as written and once links are resolved.</summary>
    public static ReadBoundary Within(IEnumerable<string> roots, IFileSystem fileSystem)
    {
        var lexical = roots.Select(Normalize).Distinct().ToArray();
        return new ReadBoundary(lexical, lexical.Select(r => Normalize(fileSystem.RealPath(r))).ToArray());
    }

    /// <summary>Why a file or folder must not be read; null when it may be.</summary>
    public NotLinted? Refusal(string fullPath, IFileSystem fileSystem)
    {
        if (_roots is null || _realRoots is null) return null;
        if (!IsInside(_roots, Normalize(fullPath)))
            return NotLinted.OutsideRoot;
        if (!IsInside(_realRoots, Normalize(fileSystem.RealPath(fullPath))))
            return NotLinted.LinkOutside;
        return null;
    }

    /// <summary>
    /// A file a loader reaches by reference (include, extends, env_file, build.dockerfile, an nginx include): null when
    /// it does not exist; unreadable, saying why, when it is outside the boundary or must not be read.
    /// </summary>
    public SourceFile? Read(IFileSystem fileSystem, string fullPath, string displayPath, FileKind kind)
    {
        if (!fileSystem.FileExists(fullPath)) return null;
        var refusal = Refusal(fullPath, fileSystem) ?? fileSystem.WhyNotReadable(fullPath);
        if (refusal is not null) return SourceFile.Unreadable(displayPath, kind, fullPath, refusal);
        var text = fileSystem.ReadAllText(fullPath);
        return text is null ? SourceFile.Unreadable(displayPath, kind, fullPath, NotLinted.CouldNotRead) : new SourceFile(displayPath, text, kind, fullPath);
    }

    private static bool IsInside(Root[] roots, string path)
    {
        foreach (var root in roots)
            if (root.Holds(path)) return true;
        return false;
    }

    private static string Normalize(string path) => Path.GetFullPath(path).Replace('\\', '/');
}

using System;
using System.Collections.Concurrent;
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
    private static readonly StringComparer PathComparer =
        Path.DirectorySeparatorChar == '\\' ? StringComparer.OrdinalIgnoreCase : StringComparer.Ordinal;

    private readonly Roots? _roots;
    private readonly Roots? _realRoots;

    // Folder → its real path. The real path of a file or folder that is not a link itself is its real folder's, plus its
    // name: one lstat per folder instead of resolving every folder of each path again (glibc's realpath asks readlink of each).
    private readonly ConcurrentDictionary<string, string> _realFolders = new(PathComparer);

    private ReadBoundary() { }

    /// <param name="roots">Absolute and normalized.</param>
    private ReadBoundary(IReadOnlyList<string> roots, IFileSystem fileSystem)
    {
        _roots = new Roots(roots);
        // Hundreds of roots when files are named one by one, each an lstat or more: resolved in parallel.
        var realRoots = new string[roots.Count];
        System.Threading.Tasks.Parallel.For(0, roots.Count, i => realRoots[i] = Normalize(RealFolder(roots[i], fileSystem)));
        _realRoots = new Roots(realRoots);
    }

    /// <summary>A folder's real path, kept for the files in it: each root is the folder of a file named on the command line.</summary>
    private string RealFolder(string folder, IFileSystem fileSystem) =>
        _realFolders.GetOrAdd(Trimmed(folder), f => RealPath(f, fileSystem));

    /// <summary>
    /// The roots, looked up by each folder above a path: a run over a thousand files given one by one has hundreds of
    /// roots, and testing each of them against every path checked took a few percent of such a run.
    /// </summary>
    private sealed class Roots(IEnumerable<string> paths)
    {
        private readonly HashSet<string> _paths = new(paths.Select(Trimmed), PathComparer);

        public bool Hold(string fullPath)
        {
            var path = Trimmed(fullPath);
            while (true)
            {
                if (_paths.Contains(path)) return true;
                var slash = path.LastIndexOf('/');
                if (slash < 0) return false;
                if (slash == 0) return path.Length > 1 && _paths.Contains("/");
                path = path.Substring(0, slash);
            }
        }
    }

    /// <summary>"/srv/app/" as "/srv/app"; the root folder stays "/".</summary>
    private static string Trimmed(string path)
    {
        var trimmed = path.TrimEnd('/');
        return trimmed.Length > 0 || path.Length == 0 ? trimmed : "/";
    }

    /// <summary>No boundary: in-memory trees, the analyzer's AdditionalFiles, or a configuration that allows it.</summary>
    public static ReadBoundary Anywhere { get; } = new();

    /// <summary>Inside <paramref name="roots"/> (absolute directories), as written and once links are resolved.</summary>
    public static ReadBoundary Within(IEnumerable<string> roots, IFileSystem fileSystem)
    {
        return new ReadBoundary(roots.Select(Normalize).Distinct().ToArray(), fileSystem);
    }

    /// <summary>Why a file or folder must not be read; null when it may be.</summary>
    public NotLinted? Refusal(string fullPath, IFileSystem fileSystem)
    {
        if (_roots is null || _realRoots is null) return null;
        if (!_roots.Hold(Normalize(fullPath)))
            return NotLinted.OutsideRoot;
        if (!_realRoots.Hold(Normalize(RealPath(fullPath, fileSystem))))
            return NotLinted.LinkOutside;
        return null;
    }

    private const int MaxFoldersResolvedInTurn = 64;

    private string RealPath(string fullPath, IFileSystem fileSystem, int depth = 0)
    {
        // A folder already resolved (a bake file's or a .dockerignore's folder is checked for each Dockerfile below it).
        if (_realFolders.TryGetValue(fullPath, out var knownFolder)) return knownFolder;
        var slash = fullPath.LastIndexOf('/');
        // A ".." is never a link, and after a resolved folder it means that folder's parent, which Normalize then folds.
        if (slash <= 0 || slash == fullPath.Length - 1 || depth > MaxFoldersResolvedInTurn || fileSystem.IsSymbolicLink(fullPath))
            return fileSystem.RealPath(fullPath);
        var folder = _realFolders.GetOrAdd(fullPath.Substring(0, slash), parent => RealPath(parent, fileSystem, depth + 1));
        return folder.TrimEnd('/') + fullPath.Substring(slash);
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

    private static string Normalize(string path) => FullPaths.Of(path).Replace('\\', '/');
}

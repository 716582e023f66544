using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using RedFire.Lint.Policy;
using RedFire.Lint.Sources;

namespace RedFire.Lint.Engine;

/// <summary>
/// Turns the paths a user names into the sources of a run: files as given (classified by name), directories
/// searched for the kinds we lint, skipping build output, VCS and package folders. Sorted, so runs are repeatable.
/// </summary>
public static class SourceDiscovery
{
    private static readonly HashSet<string> SkippedDirectories = new(StringComparer.OrdinalIgnoreCase)
    {
        "bin", "obj", ".git", "node_modules", ".vs", ".idea",
    };

    /// <param name="filter">The config file's include/exclude globs; null lints every file found.</param>
    /// <param name="boundary">Where files may be read; a file found in the tree that is a link leading out of it is not read.</param>
    public static IReadOnlyList<SourceFile> Discover(IEnumerable<string> paths, string workingDirectory, PathFilter? filter = null, ReadBoundary? boundary = null) =>
        Discover(GivenPath.AllOf(paths.ToArray(), workingDirectory).OfType<GivenPath>().ToArray(), workingDirectory, filter, boundary);

    /// <summary>The sources of paths already asked of the disk (<see cref="GivenPath.AllOf"/>); the others as above.</summary>
    /// <param name="listings">Told the names in each folder searched.</param>
    public static IReadOnlyList<SourceFile> Discover(IReadOnlyList<GivenPath> paths, string workingDirectory, PathFilter? filter = null, ReadBoundary? boundary = null,
        FolderListings? listings = null)
    {
        boundary ??= ReadBoundary.Anywhere;
        var files = new SortedDictionary<string, FileKind>(StringComparer.Ordinal);
        var linkedFolders = new List<string>();
        foreach (var path in paths)
        {
            if (path.IsFolder)
            {
                foreach (var file in EnumerateFiles(path.FullPath, linkedFolders.Add, listings))
                {
                    var kind = FileClassifier.Classify(file);
                    if (kind != FileKind.Other) files[file] = kind;
                }
            }
            else
            {
                // A file named explicitly is linted even when its name is unusual: guess from content if needed.
                var kind = FileClassifier.Classify(path.FullPath);
                files[path.FullPath] = kind == FileKind.Other ? FileKind.Dockerfile : kind;
            }
        }

        var unsearched = linkedFolders
            .Where(folder => boundary.Refusal(folder, PhysicalFileSystem.Instance) is not null)
            .Select(folder => SourceFile.Unreadable(DisplayPaths.Relative(workingDirectory, folder), FileKind.Other, folder, NotLinted.FolderLinkOutside));
        // Reading is most of discovery's time, and each file is on its own: in parallel, in the sorted order.
        var found = files.ToArray();
        var read = new SourceFile[found.Length];
        Parallel.For(0, found.Length, i => read[i] = Read(found[i].Key, DisplayPaths.Relative(workingDirectory, found[i].Key), found[i].Value, boundary));
        return read
            .Concat(unsearched)
            .Where(source => filter is null || filter.Includes(source.FullPath))
            .GroupBy(source => source.FullPath, StringComparer.Ordinal).Select(same => same.First())
            .OrderBy(source => source.FullPath, StringComparer.Ordinal)
            .ToArray();
    }

    private static SourceFile Read(string fullPath, string displayPath, FileKind kind, ReadBoundary boundary) =>
        boundary.Refusal(fullPath, PhysicalFileSystem.Instance) is { } refusal
            ? SourceFile.Unreadable(displayPath, kind, fullPath, refusal)
            : SourceFile.Read(fullPath, displayPath, kind);

    /// <summary>Every file under the directory, skipping build output, VCS and package folders and symbolic links.</summary>
    /// <param name="linkedFolder">Told each folder skipped because it is a symbolic link.</param>
    /// <param name="listings">Told the names in each folder listed.</param>
    public static IEnumerable<string> EnumerateFiles(string directory, Action<string>? linkedFolder = null, FolderListings? listings = null)
    {
        var pending = new Stack<string>();
        pending.Push(directory);
        while (pending.Count > 0)
        {
            var current = pending.Pop();
            FileSystemInfo[] entries;
            try
            {
                // One listing of the folder gives both its files and its subfolders.
                entries = new DirectoryInfo(current).GetFileSystemInfos();
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                continue;
            }
            listings?.Add(current, entries);
            foreach (var entry in entries)
            {
                if (entry is not DirectoryInfo) yield return entry.FullName;
                else if (SkippedDirectories.Contains(entry.Name)) continue;
                else if ((entry.Attributes & FileAttributes.ReparsePoint) != 0) linkedFolder?.Invoke(entry.FullName);
                else pending.Push(entry.FullName);
            }
        }
    }
}

using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
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
    public static IReadOnlyList<SourceFile> Discover(IEnumerable<string> paths, string workingDirectory, PathFilter? filter = null, ReadBoundary? boundary = null)
    {
        boundary ??= ReadBoundary.Anywhere;
        var files = new SortedDictionary<string, FileKind>(StringComparer.Ordinal);
        foreach (var path in paths)
        {
            var full = Path.GetFullPath(Path.Combine(workingDirectory, path));
            if (Directory.Exists(full))
            {
                foreach (var file in EnumerateFiles(full))
                {
                    var kind = FileClassifier.Classify(file);
                    if (kind != FileKind.Other) files[file] = kind;
                }
            }
            else if (File.Exists(full))
            {
                // A file named explicitly is linted even when its name is unusual: guess from content if needed.
                var kind = FileClassifier.Classify(full);
                files[full] = kind == FileKind.Other ? FileKind.Dockerfile : kind;
            }
        }

        return files
            .Where(f => filter is null || filter.Includes(f.Key))
            .Select(f => Read(f.Key, DisplayPaths.Relative(workingDirectory, f.Key), f.Value, boundary))
            .ToArray();
    }

    private static SourceFile Read(string fullPath, string displayPath, FileKind kind, ReadBoundary boundary) =>
        boundary.Refusal(fullPath, PhysicalFileSystem.Instance) is { } refusal
            ? SourceFile.Unreadable(displayPath, kind, fullPath, refusal)
            : SourceFile.Read(fullPath, displayPath, kind);

    /// <summary>Every file under the directory, skipping build output, VCS and package folders and symbolic links.</summary>
    public static IEnumerable<string> EnumerateFiles(string directory)
    {
        var pending = new Stack<string>();
        pending.Push(directory);
        while (pending.Count > 0)
        {
            var current = pending.Pop();
            string[] entries, subdirectories;
            try
            {
                entries = Directory.GetFiles(current);
                subdirectories = Directory.GetDirectories(current);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                continue;
            }
            foreach (var entry in entries) yield return entry;
            foreach (var sub in subdirectories)
            {
                var attributes = File.GetAttributes(sub);
                if (SkippedDirectories.Contains(Path.GetFileName(sub)) || (attributes & FileAttributes.ReparsePoint) != 0) continue;
                pending.Push(sub);
            }
        }
    }
}

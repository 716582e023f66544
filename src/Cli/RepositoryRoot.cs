using System;
using System.Collections.Generic;
using System.IO;

namespace RedFire.Lint.Cli;

/// <summary>
/// The repository a folder belongs to: the nearest folder at or above it holding <c>.git</c>. One instance answers for
/// many folders and probes each ancestor once: a run given a thousand files of one tree asks for hundreds of folders.
/// </summary>
public sealed class RepositoryRoot
{
    // Folder → the root above it, or null when it is in no repository.
    private readonly Dictionary<string, string?> _rootOf = new(StringComparer.Ordinal);

    /// <summary>The repository root of one folder, or the folder itself when it is in no repository.</summary>
    public static string Find(string startDirectory) => new RepositoryRoot().RootOf(startDirectory);

    /// <summary>The repository root, or the start directory itself when it is in no repository.</summary>
    public string RootOf(string startDirectory)
    {
        var start = Path.GetFullPath(startDirectory);
        var visited = new List<string>();
        string? root = null;
        for (var directory = start; !string.IsNullOrEmpty(directory); directory = Path.GetDirectoryName(directory))
        {
            if (_rootOf.TryGetValue(directory, out root)) break;
            visited.Add(directory);
            // .git is a folder in a clone and a file in a worktree or submodule.
            if (Path.Exists(Path.Combine(directory, ".git")))
            {
                root = directory;
                break;
            }
        }
        foreach (var directory in visited) _rootOf[directory] = root;
        return root ?? start;
    }
}

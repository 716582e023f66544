using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.IO;
using System.Threading.Tasks;

namespace RedFire.Lint.Sources;

/// <summary>
/// The nearest folder at or above a folder that holds something (a config file, <c>.git</c>), for many folders from
/// any number of threads: files named one by one share their ancestors, and each ancestor is probed once (two threads
/// meeting on one may both probe it; they agree).
/// </summary>
public sealed class NearestFolder
{
    private readonly Func<string, bool> _holds;

    // Folder → the nearest folder at or above it that holds the thing, or null when none does.
    private readonly ConcurrentDictionary<string, string?> _nearest = new(StringComparer.Ordinal);

    /// <param name="holds">Whether a folder (an absolute path) holds the thing; asked once per folder.</param>
    public NearestFolder(Func<string, bool> holds) => _holds = holds;

    /// <summary>The nearest folder at or above <paramref name="directory"/> (absolute) that holds the thing; null when none does.</summary>
    public string? Of(string directory)
    {
        var visited = new List<string>();
        string? found = null;
        for (var current = directory; !string.IsNullOrEmpty(current); current = Path.GetDirectoryName(current))
        {
            if (_nearest.TryGetValue(current, out found)) break;
            visited.Add(current);
            if (_holds(current))
            {
                found = current;
                break;
            }
        }
        foreach (var folder in visited) _nearest[folder] = found;
        return found;
    }

    /// <summary><see cref="Of"/> for each directory, in parallel, in their order.</summary>
    public string?[] OfEach(IReadOnlyList<string> directories)
    {
        var nearest = new string?[directories.Count];
        Parallel.For(0, directories.Count, i => nearest[i] = Of(directories[i]));
        return nearest;
    }
}

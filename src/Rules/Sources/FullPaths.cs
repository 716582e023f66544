using System;
using System.IO;

namespace RedFire.Lint.Sources;

/// <summary>
/// <see cref="Path.GetFullPath(string)"/> without its cost for a path that is already full and clean, the usual case:
/// it runs for every file of a run, several times, and took 3% of the Dockerfile run's instructions.
/// </summary>
internal static class FullPaths
{
    public static string Of(string path) => IsFullAndClean(path) ? path : Path.GetFullPath(path);

    /// <summary>On Unix: rooted, and no empty, "." or ".." segment, which is what GetFullPath would remove.</summary>
    private static bool IsFullAndClean(string path)
    {
        if (Path.DirectorySeparatorChar != '/' || path.Length == 0 || path[0] != '/') return false;
        for (var i = 0; i < path.Length - 1; i++)
        {
            if (path[i] != '/') continue;
            var next = path[i + 1];
            if (next == '/') return false;
            if (next == '.' && (i + 2 == path.Length || path[i + 2] == '/' || (path[i + 2] == '.' && (i + 3 == path.Length || path[i + 3] == '/'))))
                return false;
        }
        return true;
    }
}

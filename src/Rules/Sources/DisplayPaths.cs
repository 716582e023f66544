using System;
using System.IO;
using System.Linq;

namespace RedFire.Lint.Sources;

/// <summary>Paths as findings show them: relative to the working directory ('../' when outside it), '/' separators.</summary>
public static class DisplayPaths
{
    public static string Relative(string workingDirectory, string fullPath)
    {
        if (!Path.IsPathRooted(fullPath) || !Path.IsPathRooted(workingDirectory))
            return fullPath.Replace('\\', '/');

        var fullFrom = FullPaths.Of(workingDirectory);
        var fullTo = FullPaths.Of(fullPath);
        if (IsPlainlyInside(fullFrom, fullTo)) return fullTo.Substring(fullFrom.Length + 1);

        var from = Split(fullFrom);
        var to = Split(fullTo);
        var common = 0;
        while (common < from.Length && common < to.Length && string.Equals(from[common], to[common], StringComparison.Ordinal))
            common++;
        if (common == 0) return fullTo.Replace('\\', '/');
        var ups = Enumerable.Repeat("..", from.Length - common);
        var relative = string.Join("/", ups.Concat(to.Skip(common)));
        return relative.Length == 0 ? "." : relative;
    }

    /// <summary>
    /// The common case, a file under the working directory, without splitting both paths into segments (this runs for
    /// every file of a run): on Unix, where '/' is the only separator and full paths have no empty segment.
    /// </summary>
    private static bool IsPlainlyInside(string directory, string path) =>
        Path.DirectorySeparatorChar == '/' && directory.Length > 1 && directory[directory.Length - 1] != '/'
        && path.Length > directory.Length + 1 && path[directory.Length] == '/' && path.StartsWith(directory, StringComparison.Ordinal)
        && path[path.Length - 1] != '/' && path.IndexOf("//", directory.Length, StringComparison.Ordinal) < 0;

    private static string[] Split(string path) =>
        path.Split([Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar], StringSplitOptions.RemoveEmptyEntries);
}

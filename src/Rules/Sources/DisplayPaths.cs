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

        var from = Split(Path.GetFullPath(workingDirectory));
        var to = Split(Path.GetFullPath(fullPath));
        var common = 0;
        while (common < from.Length && common < to.Length && string.Equals(from[common], to[common], StringComparison.Ordinal))
            common++;
        if (common == 0) return Path.GetFullPath(fullPath).Replace('\\', '/');
        var ups = Enumerable.Repeat("..", from.Length - common);
        var relative = string.Join("/", ups.Concat(to.Skip(common)));
        return relative.Length == 0 ? "." : relative;
    }

    private static string[] Split(string path) =>
        path.Split([Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar], StringSplitOptions.RemoveEmptyEntries);
}

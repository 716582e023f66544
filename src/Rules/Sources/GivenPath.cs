using System.Collections.Generic;
using System.IO;
using System.Threading.Tasks;

namespace RedFire.Lint.Sources;

/// <summary>A path a run was given (on the command line, by a test): absolute, and whether it is a folder.</summary>
public sealed record GivenPath(string FullPath, bool IsFolder)
{
    /// <summary>The folder the path stands for: itself, or a file's folder.</summary>
    public string Folder => IsFolder ? FullPath : Path.GetDirectoryName(FullPath) ?? FullPath;

    /// <summary>
    /// Each of <paramref name="paths"/> (relative to <paramref name="workingDirectory"/> or absolute) as the disk has it,
    /// null where nothing is: asked in parallel, in their order, as a thousand files may be named one by one. A link's
    /// target decides whether it is a folder.
    /// </summary>
    public static GivenPath?[] AllOf(IReadOnlyList<string> paths, string workingDirectory)
    {
        var fullPaths = new string[paths.Count];
        for (var i = 0; i < paths.Count; i++) fullPaths[i] = Path.GetFullPath(Path.Combine(workingDirectory, paths[i]));
        var given = new GivenPath?[paths.Count];
        Parallel.For(0, paths.Count, i => given[i] = UnixFiles.Kind(fullPaths[i], out _) switch
        {
            UnixFiles.Node.Missing => null,
            UnixFiles.Node.Directory => new GivenPath(fullPaths[i], true),
            _ => new GivenPath(fullPaths[i], false),
        });
        return given;
    }
}

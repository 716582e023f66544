using System.Collections.Generic;
using System.IO;
using System.Linq;
using RedFire.Lint.Sources;

namespace RedFire.Lint.Cli;

/// <summary>
/// The repository a folder belongs to: the nearest folder at or above it holding <c>.git</c>. One instance answers for
/// many folders, from any thread, and probes each ancestor once: a run given a thousand files of one tree asks for
/// hundreds of folders.
/// </summary>
public sealed class RepositoryRoot
{
    // .git is a folder in a clone and a file in a worktree or submodule.
    private readonly NearestFolder _withGit = new(directory => Path.Exists(Path.Combine(directory, ".git")));

    /// <summary>The repository root of one folder, or the folder itself when it is in no repository.</summary>
    public static string Find(string startDirectory) => new RepositoryRoot().RootOf(startDirectory);

    /// <summary>The repository root, or the start directory itself when it is in no repository.</summary>
    public string RootOf(string startDirectory)
    {
        var start = Path.GetFullPath(startDirectory);
        return _withGit.Of(start) ?? start;
    }

    /// <summary><see cref="RootOf"/> for each of many absolute folders, in parallel, in their order.</summary>
    public string[] RootsOf(IReadOnlyList<string> folders) =>
        _withGit.OfEach(folders).Select((root, i) => root ?? folders[i]).ToArray();
}

using System.IO;

namespace RedFire.Lint.Cli;

/// <summary>The repository a run belongs to: the nearest folder at or above the working directory holding <c>.git</c>.</summary>
public static class RepositoryRoot
{
    /// <summary>The repository root, or the start directory itself when it is in no repository.</summary>
    public static string Find(string startDirectory)
    {
        // .git is a folder in a clone and a file in a worktree or submodule.
        for (var directory = Path.GetFullPath(startDirectory); !string.IsNullOrEmpty(directory); directory = Path.GetDirectoryName(directory))
        {
            var marker = Path.Combine(directory, ".git");
            if (Directory.Exists(marker) || File.Exists(marker)) return directory;
        }
        return Path.GetFullPath(startDirectory);
    }
}

using System.Collections.Generic;

namespace RedFire.Lint.Dockerfiles.ShellCheck;

/// <summary>Runs ShellCheck on many scripts at once; the engine's only door to an external process.</summary>
public interface IShellChecker
{
    /// <summary>
    /// ShellCheck's comments on each script (by index in <paramref name="scripts"/>); null when ShellCheck could not
    /// run or did not finish in time.
    /// </summary>
    IReadOnlyList<ShellCheckComment>? Check(IReadOnlyList<string> scripts);
}

/// <summary>One comment of <c>shellcheck -f json1</c>: 1-based positions in the script, end exclusive.</summary>
public sealed record ShellCheckComment(int Script, int Line, int Column, int EndLine, int EndColumn, string Level, int Code, string Message);

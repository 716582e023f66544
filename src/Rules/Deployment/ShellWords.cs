using System;
using System.Collections.Generic;
using System.Linq;
using RedFire.Lint.Dockerfiles;
using RedFire.Lint.Sources;

namespace RedFire.Lint.Deployment;

/// <summary>
/// Splits a compose string-form <c>command</c>/<c>entrypoint</c> into words as a POSIX shell does for a simple
/// command, with the Dockerfile parser's splitter and unquoting (one shell-word grammar in the project).
/// Each word keeps the range it was written at, so findings point into the string.
/// </summary>
public static class ShellWords
{
    /// <param name="locate">Maps a [start, end) range of <paramref name="text"/> to a location.</param>
    public static IReadOnlyList<Located<string>> Split(string text, Func<int, int, Location> locate) =>
        WordSplitter.SplitQuoted(text, 0, text.Length, '\\')
            .Select(w => new Located<string>(VariableExpander.Unquote(text.Substring(w.Start, w.End - w.Start)), locate(w.Start, w.End)))
            .ToArray();
}

using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using RedFire.Lint.Env;
using RedFire.Lint.Sources;

namespace RedFire.Lint.Compose.Loading;

/// <summary>The variables an env file defines, read with the env-file parser (the environment seen first).</summary>
internal static class EnvFileVariables
{
    public static IReadOnlyDictionary<string, string> Read(SourceFile source, Func<string, string?> lookup) =>
        EnvFileParser.Parse(source, lookup).Variables;

    private static readonly Regex CommentedAssignment = new(@"^[ \t]*#[ \t]*(?:export[ \t]+)?([A-Za-z_][A-Za-z0-9_]*)=", RegexOptions.Multiline | RegexOptions.CultureInvariant);

    /// <summary>Names assigned only in a comment line (<c>#NAME=value</c>), as env files document optional variables.</summary>
    public static IEnumerable<string> CommentedOut(SourceFile source) =>
        CommentedAssignment.Matches(source.Text).Cast<Match>().Select(m => m.Groups[1].Value);
}

using System;
using System.Collections.Generic;
using RedFire.Lint.Sources;

namespace RedFire.Lint.Compose.Loading;

/// <summary>The variables an env file defines, read with the env-file parser (the environment seen first).</summary>
internal static class EnvFileVariables
{
    // The env-file parser lives on the envnginx branch (RedFire.Lint.Env.EnvFileParser); wired in when it reaches main.
    public static IReadOnlyDictionary<string, string> Read(SourceFile source, Func<string, string?> lookup) =>
        new Dictionary<string, string>();
}

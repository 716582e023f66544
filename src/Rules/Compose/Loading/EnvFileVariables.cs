using System;
using System.Collections.Generic;
using RedFire.Lint.Env;
using RedFire.Lint.Sources;

namespace RedFire.Lint.Compose.Loading;

/// <summary>The variables an env file defines, read with the env-file parser (the environment seen first).</summary>
internal static class EnvFileVariables
{
    public static IReadOnlyDictionary<string, string> Read(SourceFile source, Func<string, string?> lookup) =>
        EnvFileParser.Parse(source, lookup).Variables;
}

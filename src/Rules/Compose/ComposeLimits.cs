namespace RedFire.Lint.Compose;

/// <summary>
/// Every bound the compose loader puts on hostile input, in one place. Each one turns into a finding
/// instead of a hang, an out-of-memory or a stack overflow (which would kill the process).
/// </summary>
public static class ComposeLimits
{
    /// <summary>Deepest nesting of mappings and sequences; real compose files stay under 15.</summary>
    public const int MaxNestingDepth = 128;

    /// <summary>Nodes one document may copy through aliases before it is an alias bomb ("billion laughs").</summary>
    public const int MaxAliasExpansionNodes = 100_000;

    /// <summary>How many `include` and `extends` hops may chain before we stop following them.</summary>
    public const int MaxReferenceDepth = 32;

    /// <summary>Larger files are not parsed (compose files are kilobytes).</summary>
    public const int MaxFileChars = 4 * 1024 * 1024;

    /// <summary>Nested `${…}` inside one scalar beyond this depth is treated as invalid interpolation.</summary>
    public const int MaxInterpolationDepth = 32;
}

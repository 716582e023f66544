namespace RedFire.Lint.Compose;

/// <summary>
/// Every bound the compose loader puts on hostile input, in one place. Each one turns into a finding
/// instead of a hang, an out-of-memory or a stack overflow (which would kill the process).
/// </summary>
public static class ComposeLimits
{
    /// <summary>Deepest nesting of mappings and sequences; real compose files stay under 15.</summary>
    public const int MaxNestingDepth = 128;

    /// <summary>Nodes one document may always copy through aliases, however small it is.</summary>
    public const int MaxAliasExpansionNodes = 100_000;

    /// <summary>
    /// Beyond <see cref="MaxAliasExpansionNodes"/>, a document may copy this many nodes per node it spells out: a
    /// large file that merges a small anchor into each of 50,000 services expands linearly and loads, while an
    /// alias bomb ("billion laughs") expands exponentially from a few lines and is stopped (go-yaml bounds the
    /// ratio of alias to decoded nodes for the same reason).
    /// </summary>
    public const int AliasExpansionNodesPerWrittenNode = 10;

    /// <summary>No document copies more nodes through aliases than this, whatever its size: it bounds memory.</summary>
    public const int MaxAliasExpansionNodesInLargeDocument = 1_000_000;

    /// <summary>How many nodes a document that spells out <paramref name="writtenNodes"/> nodes may copy through aliases.</summary>
    public static int AliasExpansionBudget(int writtenNodes) =>
        (int)System.Math.Min(MaxAliasExpansionNodesInLargeDocument,
            System.Math.Max(MaxAliasExpansionNodes, (long)writtenNodes * AliasExpansionNodesPerWrittenNode));

    /// <summary>How many `include` and `extends` hops may chain before we stop following them.</summary>
    public const int MaxReferenceDepth = 32;

    /// <summary>Larger files are not parsed (compose files are kilobytes).</summary>
    public const int MaxFileChars = 4 * 1024 * 1024;

    /// <summary>Nested `${…}` inside one scalar beyond this depth is treated as invalid interpolation.</summary>
    public const int MaxInterpolationDepth = 32;
}

using System.Collections.Generic;
using RedFire.Lint.Sources;

namespace RedFire.Lint.Findings;

/// <summary>
/// What a rule reports: which rule, where, and a message already rendered with secrets masked.
/// <see cref="Related"/> points at the other files involved (for instance where the truth is).
/// </summary>
public sealed record Finding(string RuleId, Location Location, string Message)
{
    public IReadOnlyList<RelatedLocation> Related { get; init; } = [];

    /// <summary>How to fix it, apart from what is wrong; empty when the rule's page is the only help.</summary>
    public string Help { get; init; } = string.Empty;

    /// <summary>Whether the message or help quotes a <see cref="Sensitive"/>: the finding then points at a secret.</summary>
    public bool QuotesSecret { get; init; }
}

public sealed record RelatedLocation(Location Location, string Message);

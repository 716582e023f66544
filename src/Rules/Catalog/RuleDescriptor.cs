using System.Collections.Generic;
using RedFire.Lint.Findings;

namespace RedFire.Lint.Catalog;

/// <summary>One rule's entry in rules.json.</summary>
public sealed record RuleDescriptor(
    string Id,
    string Title,
    string Category,
    Severity DefaultSeverity,
    string Description,
    string HelpUri,
    IReadOnlyList<string> Aliases)
{
    public bool IsSyntax => Category == "syntax";

    /// <summary>The smallest profile the rule is on in; outside it the rule is off.</summary>
    public RuleProfile Profile { get; init; } = RuleProfile.Recommended;

    /// <summary>The finding matters only for what ships: in development and test files it is one level lower.</summary>
    public bool ProductionOnly { get; init; }
}

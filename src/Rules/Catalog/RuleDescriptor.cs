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
}

using System.Collections.Generic;
using RedFire.Lint.Sources;

namespace RedFire.Lint.Findings;

/// <summary>A finding after policy: with its effective severity and its rule's help link. This is what outputs render.</summary>
public sealed record Diagnostic(string RuleId, Severity Severity, Location Location, string Message, string HelpUri)
{
    public IReadOnlyList<RelatedLocation> Related { get; init; } = [];

    /// <summary>How to fix it (a separate text from <see cref="Message"/>, which says what is wrong); may be empty.</summary>
    public string Help { get; init; } = string.Empty;

    /// <summary>
    /// Whether the message quotes a secret (masked): the location is then a secret's, which a code frame that quotes the
    /// source must mask too.
    /// </summary>
    public bool QuotesSecret { get; init; }
}

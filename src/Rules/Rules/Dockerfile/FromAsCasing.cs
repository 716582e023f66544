using System;
using RedFire.Lint.Dockerfiles;

namespace RedFire.Lint.Rules.Dockerfile;

/// <summary>RF1038: <c>FROM image as name</c>: the AS keyword should be cased like FROM.</summary>
public sealed class FromAsCasing : IRule<DockerfileDocument>
{
    public string Id => RuleIds.FromAsCasing;

    public void Check(DockerfileDocument document, RuleContext context)
    {
        foreach (var stage in document.Stages)
        {
            if (stage.AsKeyword is not { } asKeyword) continue;
            var from = stage.From.KeywordWord.Raw;
            var fromUpper = string.Equals(from, from.ToUpperInvariant(), StringComparison.Ordinal);
            var fromLower = string.Equals(from, from.ToLowerInvariant(), StringComparison.Ordinal);
            var expected = fromUpper ? "AS" : fromLower ? "as" : null;
            if (expected is null || asKeyword.Raw == expected) continue;
            context.Report(asKeyword.Location, $"'{asKeyword.Raw}' is cased differently from '{from}', expected '{expected}'.", $"Write '{from} … {expected} {stage.Name}'.");
        }
    }
}

using System;
using RedFire.Lint.Dockerfiles;

namespace RedFire.Lint.Rules.Dockerfile;

/// <summary>RF1017: stage names with upper-case letters; the builder lower-cases them, so references may not match what is written.</summary>
public sealed class StageNameCasing : IRule<DockerfileDocument>
{
    public string Id => RuleIds.StageNameCasing;

    public void Check(DockerfileDocument document, RuleContext context)
    {
        foreach (var stage in document.Stages)
        {
            if (stage.NameWord is not { } name || name.Value.Contains("$")) continue;
            var lower = name.Value.ToLowerInvariant();
            if (!string.Equals(lower, name.Value, StringComparison.Ordinal))
                context.Report(name.Location, $"Stage name '{name.Value}' has upper-case letters; the builder treats it as '{lower}'.", $"Write '{lower}'.");
        }
    }
}

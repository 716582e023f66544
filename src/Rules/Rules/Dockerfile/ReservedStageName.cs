using System;
using RedFire.Lint.Dockerfiles;

namespace RedFire.Lint.Rules.Dockerfile;

/// <summary>RF1016: a stage named <c>scratch</c> or <c>context</c>, words the builder reserves.</summary>
public sealed class ReservedStageName : IRule<DockerfileDocument>
{
    public string Id => RuleIds.ReservedStageName;

    public void Check(DockerfileDocument document, RuleContext context)
    {
        foreach (var stage in document.Stages)
        {
            if (stage.NameWord is not { } name) continue;
            if (string.Equals(name.Value, "scratch", StringComparison.OrdinalIgnoreCase) || string.Equals(name.Value, "context", StringComparison.OrdinalIgnoreCase))
                context.Report(name.Location, $"Stage name '{name.Value}' is reserved by the builder ('scratch' is the empty image, 'context' the build context).", $"Choose another name.");
        }
    }
}

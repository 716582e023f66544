using System.Collections.Generic;
using RedFire.Lint.Dockerfiles;
using RedFire.Lint.Findings;

namespace RedFire.Lint.Rules.Dockerfile;

/// <summary>RF1015: two stages with the same name (case-insensitive): <c>--from</c> and <c>--target</c> can only reach one.</summary>
public sealed class DuplicateStageName : IRule<DockerfileDocument>
{
    public string Id => RuleIds.DuplicateStageName;

    public void Check(DockerfileDocument document, RuleContext context)
    {
        var seen = new Dictionary<string, Stage>(System.StringComparer.OrdinalIgnoreCase);
        foreach (var stage in document.Stages)
        {
            if (stage.NameWord is null) continue;
            if (seen.TryGetValue(stage.NameWord.Value, out var first))
                context.Report(stage.NameWord.Location,
                    $"Stage name '{stage.Name}' is already used by the stage on line {first.From.StartLine}.",
                    $"Give each stage a unique name.",
                    new RelatedLocation(first.NameWord!.Location, "first stage with this name"));
            else seen[stage.NameWord.Value] = stage;
        }
    }
}

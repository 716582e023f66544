using System;
using System.Linq;
using RedFire.Lint.Dockerfiles;

namespace RedFire.Lint.Rules.Dockerfile;

/// <summary>
/// RF1014: <c>COPY --from=</c> names the stage it is in, a stage defined later, a stage index out of range, or a
/// plain name that is no stage. A name that looks like an image (registry, path or tag) is an image and fine.
/// </summary>
public sealed class CopyFromUnknownStage : IRule<DockerfileDocument>
{
    public string Id => RuleIds.CopyFromUnknownStage;

    public void Check(DockerfileDocument document, RuleContext context)
    {
        foreach (var stage in document.Stages)
        {
            foreach (var copy in stage.Copies)
            {
                var from = copy.From;
                if (from?.Value is not { Length: > 0 } name || from.ValueLocation is null || name.Contains("$")) continue;
                var location = from.ValueLocation;
                if (stage.HasName(name) || name == stage.Index.ToString(System.Globalization.CultureInfo.InvariantCulture))
                {
                    context.Report(location, $"{document.Path}: COPY --from={name} names the stage it is in ('{stage}'); a stage cannot copy from itself — name an earlier stage");
                    continue;
                }
                var earlier = document.Stages.Take(stage.Index);
                if (earlier.Any(s => s.HasName(name))) continue;
                if (int.TryParse(name, out var index))
                {
                    if (index < 0 || index >= stage.Index)
                        context.Report(location, $"{document.Path}: COPY --from={name} refers to stage index {name}, but only stages 0–{stage.Index - 1} come before this one");
                    continue;
                }
                if (name.IndexOfAny([':', '/', '.', '@']) >= 0) continue;
                var later = document.Stages.Skip(stage.Index + 1).FirstOrDefault(s => s.HasName(name));
                if (later is not null)
                    context.Report(location, $"{document.Path}: COPY --from={name} names stage '{name}' defined later (line {later.From.StartLine}); the builder would pull an image called '{name}' instead — move the stage before this one");
                else
                    context.Report(location, $"{document.Path}: COPY --from={name} names no stage of this Dockerfile, so the builder pulls an image '{name}:latest'; name an earlier stage, or write the image with its tag");
            }
        }
    }
}

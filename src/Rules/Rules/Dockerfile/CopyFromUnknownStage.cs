using System;
using System.Linq;
using RedFire.Lint.Dockerfiles;

namespace RedFire.Lint.Rules.Dockerfile;

/// <summary>
/// RF1014: <c>COPY --from=</c> names the stage it is in, a stage defined later, a stage index out of range, or a
/// plain name that is no stage. A name that looks like an image (registry, path or tag) is an image, and a named
/// build context of a build of this Dockerfile (compose <c>additional_contexts</c>, bake <c>contexts</c>) is a context: both fine.
/// </summary>
public sealed class CopyFromUnknownStage : IRule<BuiltDockerfile>
{
    public string Id => RuleIds.CopyFromUnknownStage;

    public void Check(BuiltDockerfile built, RuleContext context)
    {
        var document = built.Document;
        // First stage index per name, so each lookup is constant time whatever the number of stages.
        var firstIndex = new System.Collections.Generic.Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        foreach (var stage in document.Stages)
            if (stage.Name is not null && !firstIndex.ContainsKey(stage.Name)) firstIndex[stage.Name] = stage.Index;

        foreach (var stage in document.Stages)
        {
            foreach (var copy in stage.Copies)
            {
                var from = copy.From;
                if (from?.Value is not { Length: > 0 } name || from.ValueLocation is not { } location || name.Contains("$")) continue;
                if (stage.HasName(name) || name == stage.Index.ToString(System.Globalization.CultureInfo.InvariantCulture))
                {
                    context.Report(location, $"COPY --from={name} names the stage it is in ('{stage}'), and a stage cannot copy from itself.", $"Name an earlier stage.");
                    continue;
                }
                var known = firstIndex.TryGetValue(name, out var namedIndex);
                if (known && namedIndex < stage.Index) continue;
                if (int.TryParse(name, out var index))
                {
                    if (index < 0 || index >= stage.Index)
                        context.Report(location, $"COPY --from={name} refers to stage index {name}, but only stages 0–{stage.Index - 1} come before this one.", $"Name an earlier stage, preferably by its AS name.");
                    continue;
                }
                if (name.IndexOfAny([':', '/', '.', '@']) >= 0 || built.NamedContexts.Contains(name)) continue;
                var later = known ? document.Stages[namedIndex] : null;
                if (later is not null)
                    context.Report(location, $"COPY --from={name} names stage '{name}', defined later (line {later.From.StartLine}), so the builder pulls an image called '{name}' instead.", $"Move stage '{name}' before this one.");
                else
                    context.Report(location, $"COPY --from={name} names no stage of this Dockerfile, so the builder pulls an image '{name}:latest'.", $"Name an earlier stage, or write the image with its tag.");
            }
        }
    }
}

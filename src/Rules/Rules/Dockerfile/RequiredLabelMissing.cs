using System;
using System.Linq;
using RedFire.Lint.Dockerfiles;

namespace RedFire.Lint.Rules.Dockerfile;

/// <summary>
/// RF1056: an image the build produces lacks a label that policy.labelSchema requires (silent without a schema).
/// Labels count when the stage or a stage it is built on sets them.
/// </summary>
public sealed class RequiredLabelMissing : IRule<DockerfileDocument>
{
    public string Id => RuleIds.RequiredLabelMissing;

    public void Check(DockerfileDocument document, RuleContext context)
    {
        var schema = context.Policy.LabelSchema;
        if (schema.Count == 0) return;
        foreach (var stage in Labels.ResultStages(document))
        {
            var present = Labels.Of(stage).Select(p => p.Name).ToArray();
            var missing = schema.Keys.Where(k => !present.Contains(k, StringComparer.Ordinal)).OrderBy(k => k, StringComparer.Ordinal).ToArray();
            if (missing.Length == 0) continue;
            context.Report(stage.From.Location, $"Stage '{stage}' produces an image without the required label{(missing.Length > 1 ? "s" : "")} {string.Join(", ", missing.Select(m => $"'{m}'"))}.",
                $"Add 'LABEL {missing[0]}=<value>' to the stage (policy.labelSchema lists the required labels).");
        }
    }
}

using RedFire.Lint.Dockerfiles;

namespace RedFire.Lint.Rules.Dockerfile;

/// <summary>RF1057: with policy.strictLabels, a LABEL that policy.labelSchema does not name.</summary>
public sealed class UnexpectedLabel : IRule<DockerfileDocument>
{
    public string Id => RuleIds.UnexpectedLabel;

    public void Check(DockerfileDocument document, RuleContext context)
    {
        var schema = context.Policy.LabelSchema;
        if (!context.Policy.StrictLabels || schema.Count == 0) return;
        foreach (var pair in Labels.AllPairs(document))
        {
            if (schema.ContainsKey(pair.Name)) continue;
            context.Report(pair.Key.Location, $"Label '{pair.Name}' is not in the label schema, and strict labels allow no others.",
                $"Remove it, or add '{pair.Name}' to policy.labelSchema.");
        }
    }
}

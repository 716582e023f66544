using RedFire.Lint.Dockerfiles;

namespace RedFire.Lint.Rules.Dockerfile;

/// <summary>RF1036: <c>ENV key value</c> / <c>LABEL key value</c>: the legacy form takes the whole rest of the line as the value.</summary>
public sealed class LegacyKeyValueFormat : IRule<DockerfileDocument>
{
    public string Id => RuleIds.LegacyKeyValueFormat;

    public void Check(DockerfileDocument document, RuleContext context)
    {
        foreach (var instruction in document.Instructions)
        {
            var target = instruction.Trigger ?? instruction;
            if (!target.IsLegacyKeyValue || target.Pairs.Count == 0) continue;
            var pair = target.Pairs[0];
            var value = pair.Value?.Raw ?? "";
            var quoted = value.IndexOf(' ') >= 0 && !value.StartsWith("\"") ? $"\"{value}\"" : value;
            context.Report(target.Location, $"'{target.Keyword} {pair.Key.Raw} {value}' uses the legacy space-separated form, expected key=value.", $"Write '{target.Keyword} {pair.Key.Raw}={quoted}'.");
        }
    }
}

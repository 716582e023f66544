using System.Linq;
using System.Text.RegularExpressions;
using RedFire.Lint.Dockerfiles;

namespace RedFire.Lint.Rules.Dockerfile;

/// <summary>
/// RF1067: a FROM whose image reference, with the global ARGs at their defaults (no default: empty), is empty or
/// not a valid reference (<c>ARG VERSION</c> then <c>FROM busybox:$VERSION</c> gives "busybox:"). The build only
/// works when every caller passes --build-arg.
/// </summary>
public sealed class InvalidDefaultArgInFrom : IRule<DockerfileDocument>
{
    private static readonly Regex Reference = new(@"^[a-z0-9]+([._-]+[a-z0-9]+|[a-z0-9]*:[0-9]+)*(/[a-z0-9]+([._-]+[a-z0-9]+)*)*(:[\w][\w.-]{0,127})?(@[a-z0-9]+:[0-9a-fA-F]{32,})?$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);

    public string Id => RuleIds.InvalidDefaultArgInFrom;

    public void Check(DockerfileDocument document, RuleContext context)
    {
        var defaults = document.GlobalArgs.GroupBy(a => a.Name).ToDictionary(g => g.Key, g => g.Last().DefaultValue);
        foreach (var stage in document.Stages)
        {
            if (stage.BaseWord is not { } word || word.Raw.IndexOf('$') < 0) continue;
            var expansion = VariableExpander.Expand(word.Raw, n => defaults.TryGetValue(n, out var value) ? value ?? "" : null);
            // An ARG nobody declared is RF1035's finding; this rule is about declared ARGs without a usable default.
            // No reference at all ("$" alone, "$$") is a malformed name, not a missing default.
            if (!expansion.Succeeded || !expansion.References.Any() || expansion.References.Any(r => !defaults.ContainsKey(r.Name) && !r.HasFallback)) continue;
            var image = expansion.Value;
            if (image.Length > 0 && (Reference.IsMatch(image) || string.Equals(image, "scratch", System.StringComparison.OrdinalIgnoreCase))) continue;
            context.Report(word.Location, $"With the ARG defaults, FROM {word.Raw} gives '{image}', which is {(image.Length == 0 ? "empty" : "not a valid image reference")}; the build works only when every caller passes --build-arg.",
                $"Give the ARG a default that makes a valid image, for example 'ARG {expansion.References.First().Name}=<value>'.");
        }
    }
}

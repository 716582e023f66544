using System.Linq;
using RedFire.Lint.Compose;
using RedFire.Lint.Compose.Yaml;
using YamlDotNet.Core;

namespace RedFire.Lint.Rules.Compose;

/// <summary>
/// RF2072 (style, off by default): unquoted <c>22:22</c> is a base-60 number to YAML 1.1 parsers; quoting every
/// port mapping keeps all tools reading the same string.
/// </summary>
public sealed class PortNotQuotedRule : IRule<ComposeProject>
{
    public string Id => RuleIds.PortNotQuoted;

    public void Check(ComposeProject project, RuleContext context)
    {
        foreach (var service in project.Services)
        {
            var entries = service.Ports.Select(p => p.Node).OfType<YamlScalar>().Concat(service.Expose);
            foreach (var entry in entries.Where(e => e.Style == ScalarStyle.Plain))
                context.Report(entry.UsedAt,
                    $"Service '{service.Name}' has the unquoted port entry {entry.Raw}, which YAML 1.1 tools may read as a base-60 number.",
                $"Quote it: \"{entry.Raw}\".");
        }
    }
}

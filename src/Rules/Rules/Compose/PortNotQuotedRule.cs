using System.Linq;
using RedFire.Lint.Compose;
using RedFire.Lint.Compose.Yaml;
using YamlDotNet.Core;

namespace RedFire.Lint.Rules.Compose;

/// <summary>
/// RF2072 (style, off by default): unquoted <c>22:22</c> is a base-60 number to YAML 1.1 parsers; quoting every
/// port mapping keeps all tools reading the same string. The message says when the entry really is such a number.
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
            {
                if (Sexagesimal(entry.Raw) is { } number)
                    context.Report(entry.UsedAt,
                        $"Service '{service.Name}' has the unquoted port entry {entry.Raw}, which YAML 1.1 tools read as the base-60 number {number} instead of the string \"{entry.Raw}\".",
                        $"Quote it: \"{entry.Raw}\".");
                else
                    context.Report(entry.UsedAt,
                        $"Service '{service.Name}' has the unquoted port entry {entry.Raw} where the quoted \"{entry.Raw}\" is expected, as for every port entry.",
                        $"Quote it: \"{entry.Raw}\" (YAML 1.1 tools read unquoted entries such as 22:22 as base-60 numbers).");
            }
        }
    }

    /// <summary>The value YAML 1.1's sexagesimal int (<c>[1-9][0-9_]*(:[0-5]?[0-9])+</c>) gives the text, or null when it is not one.</summary>
    internal static long? Sexagesimal(string text)
    {
        var parts = text.Split(':');
        if (parts.Length < 2 || parts[0].Length is 0 or > 12 || parts[0][0] is < '1' or > '9' || parts[0].Any(c => c is not (>= '0' and <= '9' or '_')))
            return null;
        long value = long.Parse(parts[0].Replace("_", ""), System.Globalization.CultureInfo.InvariantCulture);
        foreach (var part in parts.Skip(1))
        {
            if (part.Length is 0 or > 2 || part.Any(c => c is < '0' or > '9') || (part.Length == 2 && part[0] > '5')) return null;
            value = value * 60 + (part[part.Length - 1] - '0') + (part.Length == 2 ? (part[0] - '0') * 10 : 0);
            if (value > int.MaxValue) return null;
        }
        return value;
    }
}

using System;
using System.Linq;
using System.Text;
using RedFire.Lint.Catalog;
using RedFire.Lint.Findings;

namespace RedFire.Lint.Tests.Documentation;

/// <summary>
/// Generates the README's rule table from rules.json, between <see cref="Begin"/> and <see cref="End"/>,
/// so the table can never drift from the catalogue. "↓" marks a production-only rule (one level lower in
/// development and test files).
/// </summary>
public static class ReadmeRuleTable
{
    public const string Begin = "<!-- rules:begin -->";
    public const string End = "<!-- rules:end -->";

    public static string Render(RuleCatalog catalog)
    {
        var table = new StringBuilder();
        table.Append("| Rule | Title | Category | Profile | Default | Same as |\n");
        table.Append("|---|---|---|---|---|---|\n");
        foreach (var rule in catalog.Rules.OrderBy(r => r.Id, StringComparer.Ordinal))
        {
            var aliases = string.Join(", ", rule.Aliases.Select(a => $"`{Cell(a)}`"));
            var severity = rule.DefaultSeverity.ToName() + (rule.ProductionOnly ? " ↓" : "");
            table.Append($"| [{rule.Id}](docs/rules/{rule.Id}.md) | {Cell(rule.Title)} | {rule.Category} | {rule.Profile.Name()} | {severity} | {aliases} |\n");
        }
        return table.ToString();
    }

    /// <summary>The README with the text between the markers replaced by <paramref name="table"/>.</summary>
    public static string Replace(string readme, string table)
    {
        var begin = readme.IndexOf(Begin, StringComparison.Ordinal);
        var end = readme.IndexOf(End, StringComparison.Ordinal);
        if (begin < 0 || end < begin) throw new InvalidOperationException($"README.md lacks the markers {Begin} … {End}.");
        var start = begin + Begin.Length;
        return readme.Substring(0, start) + "\n" + table + readme.Substring(end);
    }

    private static string Cell(string text) => text.Replace("|", "\\|").Replace("\r", " ").Replace("\n", " ");
}

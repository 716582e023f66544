using System;
using System.IO;
using System.Linq;
using System.Reflection;
using RedFire.Lint.Catalog;
using Xunit;

namespace RedFire.Lint.Tests.Documentation;

/// <summary>
/// The README's rule table must match rules.json. To regenerate it:
/// <c>REDFIRE_UPDATE_README=1 dotnet test tests/Rules.Tests --filter ReadmeRuleTable</c>.
/// </summary>
public class ReadmeRuleTableTests
{
    private static readonly string RepositoryRoot = typeof(ReadmeRuleTableTests).Assembly
        .GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "RepositoryRoot").Value!;

    [Fact]
    public void Readme_rule_table_matches_rules_json()
    {
        var path = Path.Combine(RepositoryRoot, "README.md");
        var readme = File.ReadAllText(path).Replace("\r\n", "\n");
        var expected = ReadmeRuleTable.Replace(readme, ReadmeRuleTable.Render(RuleCatalog.Default));

        if (Environment.GetEnvironmentVariable("REDFIRE_UPDATE_README") == "1")
        {
            File.WriteAllText(path, expected);
            return;
        }
        Assert.True(expected == readme,
            "The rule table in README.md is out of date with rules.json. Regenerate it with:\n" +
            "  REDFIRE_UPDATE_README=1 dotnet test tests/Rules.Tests --filter ReadmeRuleTable");
    }

    [Fact]
    public void Table_has_a_row_per_rule_linking_its_page()
    {
        var table = ReadmeRuleTable.Render(RuleCatalog.Default);
        foreach (var rule in RuleCatalog.Default.Rules)
            Assert.Contains($"| [{rule.Id}](docs/rules/{rule.Id}.md) | ", table);
    }

    [Fact]
    public void Replace_keeps_the_text_around_the_markers()
    {
        var readme = $"before\n{ReadmeRuleTable.Begin}\nold\n{ReadmeRuleTable.End}\nafter\n";
        Assert.Equal($"before\n{ReadmeRuleTable.Begin}\n| new |\n{ReadmeRuleTable.End}\nafter\n", ReadmeRuleTable.Replace(readme, "| new |\n"));
    }
}

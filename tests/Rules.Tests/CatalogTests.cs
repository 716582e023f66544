using System;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text.RegularExpressions;
using RedFire.Lint.Catalog;
using RedFire.Lint.Engine;
using Xunit;

namespace RedFire.Lint.Tests;

/// <summary>The catalogue, the rule classes, the docs and the tests must agree: one rule, one entry, one page, tests.</summary>
public class CatalogTests
{
    private static readonly string RepositoryRoot = typeof(CatalogTests).Assembly
        .GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "RepositoryRoot").Value!;

    [Fact]
    public void Rules_json_is_valid_against_its_schema()
    {
        var json = File.ReadAllText(Path.Combine(RepositoryRoot, "rules.json"));
        var schema = File.ReadAllText(Path.Combine(RepositoryRoot, "rules.schema.json"));
        var catalog = RuleCatalog.Parse(json, schema);
        Assert.NotEmpty(catalog.Rules);
    }

    /// <summary>The embedded catalogue is not validated at start-up: it must be the file the test above validates.</summary>
    [Fact]
    public void The_embedded_catalogue_is_rules_json()
    {
        var json = File.ReadAllText(Path.Combine(RepositoryRoot, "rules.json"));
        Assert.Equal(json, RuleCatalog.ReadResource("RedFire.Lint.rules.json"));
    }

    [Fact]
    public void Invalid_catalogue_is_rejected_with_the_offending_path()
    {
        var schema = File.ReadAllText(Path.Combine(RepositoryRoot, "rules.schema.json"));
        var error = Assert.Throws<InvalidDataException>(() => RuleCatalog.Parse("""{"rules":[{"id":"X1"}]}""", schema));
        Assert.Contains("rules[0]", error.Message);
    }

    [Fact]
    public void Every_rule_class_has_a_catalogue_entry()
    {
        var missing = RuleRegistry.Rules.Select(r => r.Id).Where(id => !RuleCatalog.Default.TryGet(id, out _)).ToArray();
        Assert.Empty(missing);
    }

    [Fact]
    public void Every_rule_class_has_a_unique_id()
    {
        var duplicates = RuleRegistry.Rules.GroupBy(r => r.Id).Where(g => g.Count() > 1).Select(g => g.Key).ToArray();
        Assert.Empty(duplicates);
    }

    [Fact]
    public void Every_catalogue_entry_is_implemented_by_a_rule_class_or_a_loader()
    {
        // Syntax and engine ids are reported by loaders and the engine, not by IRule classes; they must appear in src.
        var implemented = RuleRegistry.Rules.Select(r => r.Id).ToHashSet();
        var source = string.Concat(Directory.EnumerateFiles(Path.Combine(RepositoryRoot, "src", "Rules"), "RuleIds*.cs", SearchOption.AllDirectories).Select(File.ReadAllText));
        var orphans = RuleCatalog.Default.Rules.Where(r => !implemented.Contains(r.Id) && !source.Contains($"\"{r.Id}\"")).Select(r => r.Id).ToArray();
        Assert.Empty(orphans);
    }

    [Fact]
    public void Every_rule_has_a_documentation_page_with_the_required_sections()
    {
        foreach (var rule in RuleCatalog.Default.Rules)
        {
            var page = Path.Combine(RepositoryRoot, "docs", "rules", rule.Id + ".md");
            Assert.True(File.Exists(page), $"{rule.Id} has no docs/rules/{rule.Id}.md");
            var text = File.ReadAllText(page);
            Assert.StartsWith($"# {rule.Id}", text);
            foreach (var section in new[] { "## Why", "## Bad", "## Good", "## Configure" })
                Assert.True(text.Contains(section), $"docs/rules/{rule.Id}.md lacks a '{section}' section");
            Assert.EndsWith($"docs/rules/{rule.Id}.md", rule.HelpUri);
        }
    }

    [Fact]
    public void Every_rule_has_a_flagging_test_and_a_passing_test()
    {
        // A rule's tests name its id in a Flags(...) call (exact positions via markup) and in a Passes(...) call.
        var tests = string.Concat(Directory.EnumerateFiles(Path.Combine(RepositoryRoot, "tests"), "*.cs", SearchOption.AllDirectories).Select(File.ReadAllText));
        var constants = Regex.Matches(string.Concat(Directory.EnumerateFiles(Path.Combine(RepositoryRoot, "src", "Rules"), "RuleIds*.cs", SearchOption.AllDirectories).Select(File.ReadAllText)),
                @"const string (\w+) = ""(RF\d{4})""").Cast<Match>()
            .ToDictionary(m => m.Groups[2].Value, m => m.Groups[1].Value);
        foreach (var rule in RuleCatalog.Default.Rules.Where(r => r.Id != Rules.RuleIds.InternalError))
        {
            var names = new[] { $"\"{rule.Id}\"" }.Concat(constants.TryGetValue(rule.Id, out var name) ? [$"RuleIds.{name}"] : Array.Empty<string>()).ToArray();
            Assert.True(names.Any(n => Regex.IsMatch(tests, @"Flags\(\s*" + Regex.Escape(n))), $"{rule.Id} has no Flags({names.Last()}, …) test");
            Assert.True(names.Any(n => Regex.IsMatch(tests, @"Passes\(\s*" + Regex.Escape(n))), $"{rule.Id} has no Passes({names.Last()}, …) test");
        }
    }
}

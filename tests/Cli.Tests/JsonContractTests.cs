using System.Linq;
using Newtonsoft.Json.Linq;
using RedFire.Lint.Cli.Tests.Infrastructure;
using Xunit;

namespace RedFire.Lint.Cli.Tests;

/// <summary>The JSON output is a contract other tools parse: its shape, order and stability are tested here.</summary>
public class JsonContractTests
{
    private static TempTree ThreeBinaryFiles() => new TempTree()
        .With("b/Dockerfile", TempTree.Binary)
        .With("a/nested/api.dockerfile", TempTree.Binary)
        .With("Dockerfile", TempTree.Binary);

    [Fact]
    public void Has_exactly_the_contract_fields_in_order()
    {
        using var tree = ThreeBinaryFiles();
        var run = tree.Lint("--format", "json");

        Assert.Equal(ExitCodes.Findings, run.ExitCode);
        var json = JObject.Parse(run.Output);
        Assert.Equal(["tool", "diagnostics"], json.Properties().Select(p => p.Name));
        Assert.Equal(["name", "version"], ((JObject)json["tool"]!).Properties().Select(p => p.Name));
        Assert.Equal("redfire-lint", (string?)json["tool"]!["name"]);
        Assert.Matches(@"^\d+\.\d+\.\d+", (string?)json["tool"]!["version"]);

        var first = (JObject)json["diagnostics"]![0]!;
        Assert.Equal(["ruleId", "severity", "file", "line", "column", "endLine", "endColumn", "message", "help", "helpUri"], first.Properties().Select(p => p.Name));
        Assert.StartsWith("Save it as UTF-8 text", (string?)first["help"]);
        Assert.Equal("RF0006", (string?)first["ruleId"]);
        Assert.Equal("error", (string?)first["severity"]);
        Assert.Equal(JTokenType.Integer, first["line"]!.Type);
        Assert.Equal(1, (int)first["column"]!);
        Assert.Equal("https://github.com/redfire/redfire-lint/blob/main/docs/rules/RF0006.md", (string?)first["helpUri"]);
    }

    [Fact]
    public void Diagnostics_are_sorted_by_file_with_slash_separators_relative_to_the_working_directory()
    {
        using var tree = ThreeBinaryFiles();
        var run = tree.Lint("--format", "json");

        var files = JObject.Parse(run.Output)["diagnostics"]!.Select(d => (string)d["file"]!).ToArray();
        Assert.Equal(["Dockerfile", "a/nested/api.dockerfile", "b/Dockerfile"], files);
    }

    [Fact]
    public void Paths_stay_relative_to_the_working_directory_when_a_subdirectory_is_linted()
    {
        using var tree = ThreeBinaryFiles();
        var run = tree.Lint("--format", "json", "a");

        var files = JObject.Parse(run.Output)["diagnostics"]!.Select(d => (string)d["file"]!).ToArray();
        Assert.Equal(["a/nested/api.dockerfile"], files);
    }

    [Fact]
    public void Repeated_runs_are_byte_identical()
    {
        using var tree = ThreeBinaryFiles();
        var first = tree.Lint("--format", "json");
        var second = tree.Lint("--format", "json");

        Assert.Equal(first.OutputBytes, second.OutputBytes);
        Assert.NotEqual(0xEF, first.OutputBytes[0]); // no BOM
        Assert.DoesNotContain((byte)'\r', first.OutputBytes);
    }

    [Fact]
    public void A_tree_without_findings_gives_an_empty_diagnostics_array()
    {
        using var tree = new TempTree().With("notes.txt", "nothing to lint\n");
        var run = tree.Lint("--format", "json");

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.Empty((JArray)JObject.Parse(run.Output)["diagnostics"]!);
    }
}

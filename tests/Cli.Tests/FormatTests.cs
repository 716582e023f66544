using System;
using System.IO;
using System.Linq;
using Newtonsoft.Json.Linq;
using RedFire.Lint.Cli.Tests.Infrastructure;
using Xunit;

namespace RedFire.Lint.Cli.Tests;

public class FormatTests
{
    private const string Message = "The file was not linted: it contains NUL bytes, so it is not text (a binary file, or UTF-16).";
    private const string Help = "Save it as UTF-8 text, or leave it out with \"exclude\" in .redfire-lint.json.";

    [Fact]
    public void Text_groups_by_file_and_ends_with_a_summary_without_colour_when_redirected()
    {
        using var tree = new TempTree().With("svc/Dockerfile", TempTree.Binary).With("Dockerfile.dev", TempTree.Binary).With("notes.txt", "x");
        var run = tree.Lint();

        Assert.Equal(ExitCodes.Findings, run.ExitCode);
        Assert.Equal(
            "Dockerfile.dev\n" +
            $"  1:1  error    RF0006  {Message}\n" +
            $"       help: {Help}\n\n" +
            "svc/Dockerfile\n" +
            $"  1:1  error    RF0006  {Message}\n" +
            $"       help: {Help}\n\n" +
            "2 problems (2 errors, 0 warnings, 0 info) in 2 of 2 files.\n",
            run.Output);
        Assert.DoesNotContain('\u001b', run.Output);
    }

    [Fact]
    public void Text_says_so_when_there_is_nothing_to_report()
    {
        using var tree = new TempTree().With("notes.txt", "x");
        var run = tree.Lint("--format", "text");

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.Equal("No problems found in 0 files.\n", run.Output);
    }

    [Fact]
    public void Msbuild_writes_the_canonical_error_format()
    {
        using var tree = new TempTree().With("svc/Dockerfile", TempTree.Binary);
        var run = tree.Lint("--format", "msbuild");

        Assert.Equal($"svc/Dockerfile(1,1,1,1): error RF0006: {Message} Help: {Help}\n", run.Output);
    }

    [Fact]
    public void Github_writes_workflow_commands_with_escaped_properties()
    {
        using var tree = new TempTree().With("a,b:c/Dockerfile", TempTree.Binary);
        var run = tree.Lint("--format", "github", "--severity", "RF0006=info");

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.Equal(
            "::notice file=a%2Cb%3Ac/Dockerfile,line=1,col=1,endLine=1,endColumn=1,title=RF0006::" +
            $"{Message}%0AHelp: {Help}\n",
            run.Output);
    }

    [Fact]
    public void Sarif_has_rules_results_regions_and_relative_uris_under_srcroot()
    {
        using var tree = new TempTree().With("svc dir/Dockerfile", TempTree.Binary).With("Dockerfile", TempTree.Binary);
        var run = tree.Lint("--format", "sarif", "--severity", "RF0006=warning");

        var sarif = JObject.Parse(run.Output);
        Assert.Equal("2.1.0", (string?)sarif["version"]);
        var sarifRun = sarif["runs"]![0]!;
        var driver = sarifRun["tool"]!["driver"]!;
        Assert.Equal("redfire-lint", (string?)driver["name"]);
        Assert.NotNull(driver["version"]);
        Assert.NotNull(driver["informationUri"]);

        var rule = Assert.Single((JArray)driver["rules"]!);
        Assert.Equal("RF0006", (string?)rule["id"]);
        Assert.Equal("FileWasNotLinted", (string?)rule["name"]);
        Assert.Equal("File was not linted", (string?)rule["shortDescription"]!["text"]);
        Assert.StartsWith("The file is not text", (string?)rule["fullDescription"]!["text"]);
        Assert.EndsWith("docs/rules/RF0006.md", (string?)rule["helpUri"]);
        Assert.NotNull(rule["help"]!["text"]);
        Assert.Equal("error", (string?)rule["defaultConfiguration"]!["level"]);
        Assert.Equal(["syntax"], rule["properties"]!["tags"]!.Select(t => (string)t!));

        var rootUri = (string)sarifRun["originalUriBaseIds"]!["%SRCROOT%"]!["uri"]!;
        Assert.Equal(new Uri(tree.Root + "/").AbsoluteUri, rootUri);
        Assert.EndsWith("/", rootUri);

        var results = (JArray)sarifRun["results"]!;
        Assert.Equal(2, results.Count);
        var result = results[1];
        Assert.Equal("RF0006", (string?)result["ruleId"]);
        Assert.Equal(0, (int)result["ruleIndex"]!);
        Assert.Equal("warning", (string?)result["level"]);
        Assert.Contains("it is not text", (string?)result["message"]!["text"]);
        var location = result["locations"]![0]!["physicalLocation"]!;
        Assert.Equal("svc%20dir/Dockerfile", (string?)location["artifactLocation"]!["uri"]);
        Assert.Equal("%SRCROOT%", (string?)location["artifactLocation"]!["uriBaseId"]);
        Assert.Equal(["startLine", "startColumn", "endLine", "endColumn"], ((JObject)location["region"]!).Properties().Select(p => p.Name));
    }

    [Fact]
    public void Sarif_is_byte_identical_across_runs()
    {
        using var tree = new TempTree().With("Dockerfile", TempTree.Binary);
        Assert.Equal(tree.Lint("--format", "sarif").OutputBytes, tree.Lint("--format", "sarif").OutputBytes);
    }

    [Theory]
    [InlineData("text")]
    [InlineData("json")]
    [InlineData("sarif")]
    [InlineData("msbuild")]
    [InlineData("github")]
    public void Output_option_writes_the_report_to_the_file_and_nothing_to_stdout(string format)
    {
        using var tree = new TempTree().With("Dockerfile", TempTree.Binary);
        var toStdout = tree.Lint("--format", format);
        var toFile = tree.Lint("--format", format, "--output", "report.txt");

        Assert.Equal(ExitCodes.Findings, toFile.ExitCode);
        Assert.Equal("", toFile.Output);
        Assert.Equal(toStdout.Output, tree.Read("report.txt"));
    }

    [Fact]
    public void Output_to_an_unwritable_place_is_a_usage_error()
    {
        using var tree = new TempTree().With("Dockerfile", TempTree.Binary).With("file", "x");
        var run = tree.Lint("--output", "file/report.json");

        Assert.Equal(ExitCodes.UsageOrConfiguration, run.ExitCode);
        Assert.Contains("cannot write 'file/report.json'", run.Error);
    }
}

using System.IO;
using Newtonsoft.Json.Linq;
using RedFire.Lint.Cli.Tests.Infrastructure;
using Xunit;

namespace RedFire.Lint.Cli.Tests;

/// <summary>Linting a subfolder of a repository: the ports class is found from the root, CI paths are the root's.</summary>
public class RepositoryRootTests
{
    private const string PortsClass = """
        namespace Deploy;

        public static class ServiceConfig
        {
            public const int ApiPort = 8080;
        }
        """;

    private const string Compose = """
        services:
          api:
            image: example/api:1.0
            environment:
              - SERVICE_PORT=9090
        """;

    private static TempTree Repository() =>
        new TempTree().With(".git/HEAD", "ref: refs/heads/main\n").With("src/Config/ServiceConfig.cs", PortsClass).With("deploy/compose.yaml", Compose);

    private static CliRun LintIn(TempTree tree, string folder, params string[] args) => CliRunner.Run(Path.Combine(tree.Root, folder), args);

    [Fact]
    public void Subfolder_lint_finds_the_ports_class_from_the_repository_root_and_fails_as_the_build_does()
    {
        using var tree = Repository();

        var run = LintIn(tree, "deploy", "--format", "json", ".");

        Assert.Equal(ExitCodes.Findings, run.ExitCode);
        var findings = (JArray)JObject.Parse(run.Output)["diagnostics"]!;
        Assert.Contains(findings, f => (string?)f["ruleId"] == "RF4001" && (string?)f["file"] == "compose.yaml");
        Assert.Contains(findings, f => (string?)f["ruleId"] == "RF4004" && (string?)f["file"] == "../src/Config/ServiceConfig.cs");
    }

    [Fact]
    public void Outside_a_repository_a_named_file_s_folder_is_searched_for_the_ports_class_once_whatever_else_is_named_under_it()
    {
        // No .git: each named file's folder is its own root, and app/src/worker lies under app.
        using var tree = new TempTree().With("app/compose.yaml", Compose).With("app/src/ServiceConfig.cs", PortsClass)
            .With("app/src/worker/Dockerfile", "FROM alpine:3.20\n");

        var run = LintIn(tree, ".", "--format", "json", "app/compose.yaml", "app/src/worker/Dockerfile");

        var findings = (JArray)JObject.Parse(run.Output)["diagnostics"]!;
        Assert.Single(findings, f => (string?)f["ruleId"] == "RF4004" && (string?)f["file"] == "app/src/ServiceConfig.cs");
    }

    [Fact]
    public void Github_and_sarif_paths_are_relative_to_the_repository_root_from_a_subfolder()
    {
        using var tree = Repository();

        var github = LintIn(tree, "deploy", "--format", "github", ".");
        Assert.Contains("::error file=deploy/compose.yaml,line=5,", github.Output);
        Assert.Contains("::warning file=src/Config/ServiceConfig.cs,line=5,", github.Output);

        var sarif = JObject.Parse(LintIn(tree, "deploy", "--format", "sarif", ".").Output)["runs"]![0]!;
        Assert.Equal(new System.Uri(tree.Root + "/").AbsoluteUri, (string?)sarif["originalUriBaseIds"]!["%SRCROOT%"]!["uri"]);
        Assert.Contains(sarif["results"]!, r => (string?)r["locations"]![0]!["physicalLocation"]!["artifactLocation"]!["uri"] == "deploy/compose.yaml");
    }

    [Fact]
    public void Linting_a_folder_outside_the_repository_does_not_borrow_the_repository_ports_class()
    {
        using var tree = Repository();
        using var other = new TempTree().With("compose.yaml", Compose);

        var run = LintIn(tree, "deploy", "--format", "json", other.Root);

        var findings = (JArray)JObject.Parse(run.Output)["diagnostics"]!;
        Assert.DoesNotContain(findings, f => ((string?)f["ruleId"])!.StartsWith("RF400") || ((string?)f["file"])!.Contains("ServiceConfig"));
    }
}

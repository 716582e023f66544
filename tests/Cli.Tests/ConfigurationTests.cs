using RedFire.Lint.Cli.Tests.Infrastructure;
using Xunit;

namespace RedFire.Lint.Cli.Tests;

/// <summary>
/// Configuration through the real process: .redfire-lint.json (found or named), .editorconfig/.globalconfig
/// severities, the command line, and their precedence.
/// </summary>
public class ConfigurationTests
{
    private static string Severity(CliRun run) => run.Output.Split(' ') is [_, var severity, ..] ? severity : run.ToString();

    private static CliRun LintMsBuild(TempTree tree, params string[] args) => tree.Lint(["--format", "msbuild", "--fail-on", "none", .. args]);

    [Fact]
    public void Config_file_sets_a_rule_severity()
    {
        using var tree = new TempTree().With("Dockerfile", TempTree.Binary).With(".redfire-lint.json", """{"rules": {"RF0006": "warning"}}""");
        Assert.Equal("warning", Severity(LintMsBuild(tree)));
    }

    [Fact]
    public void Config_file_turns_a_rule_off_with_the_object_form()
    {
        using var tree = new TempTree().With("Dockerfile", TempTree.Binary).With(".redfire-lint.json", """{"rules": {"RF0006": {"severity": "off", "options": {}}}}""");
        var run = tree.Lint();
        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.Equal("No problems found in 1 file.\n", run.Output);
    }

    [Fact]
    public void Config_file_is_found_walking_up_from_the_linted_path()
    {
        using var tree = new TempTree()
            .With("project/.redfire-lint.json", """{"rules": {"RF0006": "info"}}""")
            .With("project/deploy/Dockerfile", TempTree.Binary);
        Assert.Equal("info", Severity(LintMsBuild(tree, "project/deploy")));
    }

    [Fact]
    public void Explicit_config_option_wins_over_the_nearest_file()
    {
        using var tree = new TempTree()
            .With(".redfire-lint.json", """{"rules": {"RF0006": "info"}}""")
            .With("ci/strict.json", """{"rules": {"RF0006": "warning"}}""")
            .With("Dockerfile", TempTree.Binary);
        Assert.Equal("warning", Severity(LintMsBuild(tree, "--config", "ci/strict.json")));
    }

    [Fact]
    public void The_profile_comes_from_extends_and_the_command_line_wins()
    {
        // RF2058 (no memory limit) is a strict rule: off by default, on when the config extends strict.
        const string compose = "services:\n  app:\n    image: app:1.2\n";
        using var tree = new TempTree().With("compose.yaml", compose);
        Assert.DoesNotContain("RF2058", LintMsBuild(tree).Output);
        Assert.Contains("warning RF2058", LintMsBuild(tree, "--profile", "strict").Output);

        using var strict = new TempTree().With("compose.yaml", compose).With(".redfire-lint.json", """{"extends": "strict"}""");
        Assert.Contains("warning RF2058", LintMsBuild(strict).Output);
        Assert.DoesNotContain("RF2058", LintMsBuild(strict, "--profile=recommended").Output);
    }

    [Fact]
    public void An_unknown_profile_is_exit_2()
    {
        using var tree = new TempTree().With("compose.yaml", "services: {}\n");
        Assert.Equal(ExitCodes.UsageOrConfiguration, tree.Lint("--profile", "paranoid").ExitCode);
    }

    [Fact]
    public void Missing_explicit_config_is_exit_2()
    {
        using var tree = new TempTree().With("Dockerfile", TempTree.Binary);
        var run = tree.Lint("--config", "nope.json");
        Assert.Equal(ExitCodes.UsageOrConfiguration, run.ExitCode);
        Assert.Equal("nope.json: error: the file does not exist or cannot be read\n", run.Error);
    }

    [Theory]
    [InlineData("{\n  \"rules\": {\n    \"RF0006\": \"loud\"\n  }\n}", "(3,15): error: 'rules.RF0006': expected a severity")]
    [InlineData("{\n  \"rules\": {\n    \"RF12\": \"off\"\n  }\n}", "(3,5): error: 'rules': 'RF12' is not a rule id")]
    [InlineData("{\n  \"rules\": {\n    \"RF9999\": \"off\"\n  }\n}", "(3,5): error: 'rules.RF9999': there is no rule RF9999")]
    [InlineData("{\n  \"exclude\": \"bin\"\n}", "(2,14): error: 'exclude': expected an array")]
    [InlineData("{\n  \"polcy\": {}\n}", "(2,3): error: '(root)': unknown key 'polcy' (expected one of: extends, rules, include, exclude, projects, developmentFiles, readOutsideRoot, policy)")]
    [InlineData("{\n  \"policy\": {\"portsClassName\": 3}\n}", "(2,32): error: 'policy.portsClassName': expected a string")]
    [InlineData("{\n  \"rules\": {,\n}", "(2,12): error: invalid JSON")]
    [InlineData("{\"rules\": {\"RF0006\": {\"severity\": \"warning\", \"x\": true}}}", "(1,46): error: 'rules.RF0006': unknown key 'x' (expected one of: severity, options)")]
    [InlineData("{\"rules\": {\"RF0006\": {\"severity\": \"lots\"}}}", "(1,35): error: 'rules.RF0006.severity': expected one of error, warning, info, none, off")]
    [InlineData("[]", "(1,1): error: the configuration must be a JSON object")]
    public void Invalid_config_is_exit_2_with_file_position_and_key(string config, string expected)
    {
        using var tree = new TempTree().With("Dockerfile", TempTree.Binary).With(".redfire-lint.json", config);
        var run = tree.Lint("--format", "json");

        Assert.Equal(ExitCodes.UsageOrConfiguration, run.ExitCode);
        Assert.StartsWith(".redfire-lint.json" + expected, run.Error);
        Assert.Equal("", run.Output);
    }

    [Fact]
    public void Editorconfig_sections_that_match_the_file_set_its_severity()
    {
        using var tree = new TempTree()
            .With(".editorconfig", "root = true\n\n[*]\ndotnet_diagnostic.RF0006.severity = suggestion\n\n[**/Dockerfile]\ndotnet_diagnostic.RF0006.severity = warning\n")
            .With("svc/Dockerfile", TempTree.Binary)
            .With("web.dockerfile", TempTree.Binary);
        var run = LintMsBuild(tree);

        Assert.Contains("web.dockerfile(1,1,1,1): info RF0006:", run.Output);
        Assert.Contains("svc/Dockerfile(1,1,1,1): warning RF0006:", run.Output);
    }

    [Fact]
    public void Nearer_editorconfig_wins_and_root_stops_the_walk()
    {
        using var tree = new TempTree()
            .With(".editorconfig", "[*]\ndotnet_diagnostic.RF0006.severity = none\n")
            .With("repo/.editorconfig", "root = true\n[*.dockerfile]\ndotnet_diagnostic.RF0006.severity = warning\n")
            .With("repo/svc/.editorconfig", "[*.dockerfile]\ndotnet_diagnostic.rf0006.severity = suggestion\n")
            .With("repo/web.dockerfile", TempTree.Binary)
            .With("repo/svc/web.dockerfile", TempTree.Binary);
        var run = LintMsBuild(tree, "repo");

        Assert.Equal(
            "repo/svc/web.dockerfile(1,1,1,1): info RF0006: The file was not linted: it contains NUL bytes, so it is not text (a binary file, or UTF-16). " +
            "Help: Save it as UTF-8 text, or leave it out with \"exclude\" in .redfire-lint.json.\n" +
            "repo/web.dockerfile(1,1,1,1): warning RF0006: The file was not linted: it contains NUL bytes, so it is not text (a binary file, or UTF-16). " +
            "Help: Save it as UTF-8 text, or leave it out with \"exclude\" in .redfire-lint.json.\n",
            run.Output);
    }

    [Fact]
    public void Globalconfig_sets_severity_below_editorconfig()
    {
        using var tree = new TempTree()
            .With(".globalconfig", "is_global = true\ndotnet_diagnostic.RF0006.severity = warning\n")
            .With("a/Dockerfile", TempTree.Binary)
            .With("b/.editorconfig", "[Dockerfile]\ndotnet_diagnostic.RF0006.severity = suggestion\n")
            .With("b/Dockerfile", TempTree.Binary);
        var run = LintMsBuild(tree);

        Assert.Contains("a/Dockerfile(1,1,1,1): warning RF0006:", run.Output);
        Assert.Contains("b/Dockerfile(1,1,1,1): info RF0006:", run.Output);
    }

    [Fact]
    public void Precedence_is_editorconfig_then_config_file_then_command_line()
    {
        using var tree = new TempTree()
            .With(".editorconfig", "[*]\ndotnet_diagnostic.RF0006.severity = suggestion\n")
            .With(".redfire-lint.json", """{"rules": {"RF0006": "warning"}}""")
            .With("Dockerfile", TempTree.Binary);

        Assert.Equal("warning", Severity(LintMsBuild(tree)));
        Assert.Equal("error", Severity(LintMsBuild(tree, "--severity", "RF0006=error")));
    }

    [Fact]
    public void Exclude_globs_skip_files_and_directories()
    {
        using var tree = new TempTree()
            .With(".redfire-lint.json", """{"exclude": ["legacy", "**/*.dev.dockerfile", "Dockerfile.t?st"]}""")
            .With("legacy/svc/Dockerfile", TempTree.Binary)
            .With("deploy/web.dev.dockerfile", TempTree.Binary)
            .With("deploy/Dockerfile.test", TempTree.Binary)
            .With("deploy/Dockerfile", TempTree.Binary);
        var run = LintMsBuild(tree);

        Assert.StartsWith("deploy/Dockerfile(1,1,1,1)", run.Output);
        Assert.Single(run.Output.TrimEnd('\n').Split('\n'));
    }

    [Fact]
    public void Include_globs_limit_the_files_relative_to_the_config_file()
    {
        using var tree = new TempTree()
            .With("repo/.redfire-lint.json", """{"include": ["deploy/**/Dockerfile", "*.{dockerfile,containerfile}"]}""")
            .With("repo/deploy/a/Dockerfile", TempTree.Binary)
            .With("repo/other/Dockerfile", TempTree.Binary)
            .With("repo/other/web.dockerfile", TempTree.Binary);
        var run = LintMsBuild(tree, "repo");

        Assert.Equal(
            ["repo/deploy/a/Dockerfile(1,1,1,1)", "repo/other/web.dockerfile(1,1,1,1)"],
            System.Array.ConvertAll(run.Output.TrimEnd('\n').Split('\n'), line => line.Split(':')[0]));
    }
}

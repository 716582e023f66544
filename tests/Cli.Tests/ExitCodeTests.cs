using RedFire.Lint.Cli.Tests.Infrastructure;
using Xunit;

namespace RedFire.Lint.Cli.Tests;

/// <summary>Exit codes are a contract: 0 nothing at or above --fail-on, 1 findings at or above it, 2 bad usage or config.</summary>
public class ExitCodeTests
{
    [Theory]
    // finding severity, --fail-on, expected exit code
    [InlineData("error", null, 1)]
    [InlineData("warning", null, 0)]
    [InlineData("error", "error", 1)]
    [InlineData("warning", "error", 0)]
    [InlineData("info", "error", 0)]
    [InlineData("error", "warning", 1)]
    [InlineData("warning", "warning", 1)]
    [InlineData("info", "warning", 0)]
    [InlineData("error", "info", 1)]
    [InlineData("warning", "info", 1)]
    [InlineData("info", "info", 1)]
    [InlineData("error", "none", 0)]
    [InlineData("info", "none", 0)]
    [InlineData("off", "info", 0)]
    public void Fail_on_sets_the_threshold(string findingSeverity, string? failOn, int expected)
    {
        using var tree = new TempTree().With("Dockerfile", TempTree.Binary);
        string[] args = failOn is null
            ? ["--severity", $"RF0006={findingSeverity}"]
            : ["--severity", $"RF0006={findingSeverity}", "--fail-on", failOn];

        var run = tree.Lint(args);

        Assert.True(expected == run.ExitCode, run.ToString());
    }

    [Fact]
    public void No_findings_exits_0_even_with_fail_on_info()
    {
        using var tree = new TempTree().With("notes.txt", "x");
        Assert.Equal(ExitCodes.Success, tree.Lint("--fail-on", "info").ExitCode);
    }

    [Theory]
    [InlineData("--no-such-option")]
    [InlineData("--format")]
    [InlineData("--format", "xml")]
    [InlineData("--fail-on", "critical")]
    [InlineData("--severity", "RF0006")]
    [InlineData("--severity", "RF0006=loud")]
    [InlineData("does-not-exist")]
    [InlineData("config", "stray-path")]
    [InlineData("config", "--unknown")]
    public void Bad_usage_exits_2_with_a_message(params string[] args)
    {
        using var tree = new TempTree().With("Dockerfile", TempTree.Binary);
        var run = tree.Lint(args);

        Assert.True(run.ExitCode == ExitCodes.UsageOrConfiguration, run.ToString());
        Assert.StartsWith("redfire-lint: ", run.Error);
        Assert.Equal("", run.Output);
    }

    [Fact]
    public void Config_command_prints_the_resolved_project()
    {
        using var tree = new TempTree().With("compose.yaml", "services:\n  web:\n    image: nginx:1.27\n");
        var run = tree.Lint("config", "-f", "compose.yaml", "--format", "json");

        Assert.True(run.ExitCode == ExitCodes.Success, run.ToString());
        Assert.Equal("nginx:1.27", (string?)Newtonsoft.Json.Linq.JObject.Parse(run.Output)["services"]!["web"]!["image"]);
    }

    [Fact]
    public void A_directory_named_config_is_linted_when_written_with_dot_slash()
    {
        using var tree = new TempTree().With("config/Dockerfile", TempTree.Binary);
        var run = tree.Lint("--format", "msbuild", "./config");

        Assert.Equal(ExitCodes.Findings, run.ExitCode);
        Assert.StartsWith("config/Dockerfile(1,1,1,1): error RF0006:", run.Output);
    }

    [Fact]
    public void Options_may_follow_paths_and_take_values_after_equals()
    {
        using var tree = new TempTree().With("svc/Dockerfile", TempTree.Binary);
        var run = tree.Lint("svc", "--format=msbuild", "--fail-on=none");

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.StartsWith("svc/Dockerfile(1,1,1,1): error RF0006:", run.Output);
    }

    [Fact]
    public void Help_and_version_exit_0()
    {
        using var tree = new TempTree();
        var help = tree.Lint("--help");
        var version = tree.Lint("--version");

        Assert.Equal(ExitCodes.Success, help.ExitCode);
        Assert.Contains("Usage: redfire-lint [options]", help.Output);
        Assert.Equal(ExitCodes.Success, version.ExitCode);
        Assert.Matches(@"^redfire-lint \d+\.\d+\.\d+\n$", version.Output);
    }
}

using System.Linq;
using RedFire.Lint.Cli.Tests.Infrastructure;
using Xunit;

namespace RedFire.Lint.Cli.Tests;

/// <summary>
/// Inline suppressions through the real process: RF0004 (a statement docker compose rejects in an env file),
/// RF1002 (untagged base image, hadolint DL3006) and RF1020 (CMD in shell form, BuildKit JSONArgsRecommended).
/// </summary>
public class SuppressionTests
{
    private static string[] FindingLines(TempTree tree) =>
        System.Array.ConvertAll(tree.Lint("--format", "msbuild", "--fail-on", "none").Output.TrimEnd('\n').Split('\n'), line => line.Split(':')[0]);

    [Fact]
    public void Next_line_and_same_line_comments_silence_only_their_line()
    {
        using var tree = new TempTree().With(".env",
            "BAD ONE\n" +
            "# redfire-lint disable-next-line RF0004 -- kept for the legacy loader\n" +
            "BAD TWO\n" +
            "BAD THREE # redfire-lint disable-line RF0004\n" +
            "# redfire-lint disable-next-line RF9999\n" +
            "BAD FOUR\n");

        Assert.Equal([".env(1,1,1,8)", ".env(6,1,6,9)"], FindingLines(tree));
    }

    [Fact]
    public void Disable_file_silences_the_file_and_exits_0()
    {
        using var tree = new TempTree().With(".env", "BAD ONE\nBAD TWO\n# redfire-lint disable-file RF0004\n");
        var run = tree.Lint("--format", "json");

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.Contains("\"diagnostics\": []", run.Output);
    }

    [Fact]
    public void Peer_comments_and_ours_silence_the_aliased_dockerfile_rules()
    {
        using var tree = new TempTree()
            .With("Dockerfile", "FROM alpine\nUSER app\nCMD run\n")
            .With("b.Dockerfile", "# check=skip=JSONArgsRecommended\n# hadolint ignore=DL3006\nFROM alpine\nUSER app\nCMD run\n")
            .With("c.Dockerfile", "FROM alpine\n# redfire-lint disable-next-line RF1020 -- wrapper needs a shell\nCMD run \\\n  --flag\nUSER app\n");
        var lines = tree.Lint("--format", "msbuild", "--fail-on", "none").Output.TrimEnd('\n').Split('\n');

        Assert.Equal(
            ["Dockerfile(1,6,1,12): warning RF1002", "Dockerfile(3,1,3,8): warning RF1020", "c.Dockerfile(1,6,1,12): warning RF1002"],
            lines.Where(l => l.Contains(" RF1002:") || l.Contains(" RF1020:")).Select(l => l.Substring(0, l.IndexOf(" RF", System.StringComparison.Ordinal) + 7)));
    }
}

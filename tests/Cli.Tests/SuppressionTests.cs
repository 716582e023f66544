using RedFire.Lint.Cli.Tests.Infrastructure;
using Xunit;

namespace RedFire.Lint.Cli.Tests;

/// <summary>Inline suppressions through the real process (RF0004: a statement docker compose rejects in an env file).</summary>
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
}

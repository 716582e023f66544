using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using RedFire.Lint.Rules;
using RedFire.Lint.Cli.Tests.Infrastructure;
using Xunit;

namespace RedFire.Lint.Cli.Tests;

/// <summary>
/// Files that are not regular, too large, or outside the linted tree (issue 14): each is one finding, the run
/// neither hangs nor fills memory, nothing from outside the tree is printed, and the other files are linted.
/// </summary>
public class HostileFileSystemTests
{
    private const string Privileged = "services:\n  web:\n    image: nginx:1.25\n    privileged: true\n";

    private static void MakeFifo(string path)
    {
        using var mkfifo = Process.Start(new ProcessStartInfo("mkfifo", path) { UseShellExecute = false })!;
        mkfifo.WaitForExit();
        Assert.Equal(0, mkfifo.ExitCode);
    }

    [Fact]
    public void Fifos_in_the_tree_and_behind_include_and_env_file_are_reported_not_read()
    {
        if (OperatingSystem.IsWindows()) return;
        using var tree = new TempTree()
            .With("good/compose.yaml", Privileged)
            .With("app/compose.yaml", "include:\n  - path: piped.yaml\nservices:\n  api:\n    image: api:1\n    env_file: piped.env\n");
        MakeFifo(Path.Combine(tree.Root, "app", "piped.yaml"));
        MakeFifo(Path.Combine(tree.Root, "app", "piped.env"));
        Directory.CreateDirectory(Path.Combine(tree.Root, "fifo"));
        MakeFifo(Path.Combine(tree.Root, "fifo", "compose.yaml"));

        var run = tree.Lint("--fail-on", "none");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("app/piped.yaml was not linted: it is not a regular file", run.Output);
        Assert.Contains("app/piped.env\n  1:1  error    RF0006  The file was not linted: it is not a regular file", run.Output);
        Assert.Contains("fifo/compose.yaml", run.Output);
        Assert.Contains("The file was not linted: it is not a regular file", run.Output);
        Assert.Contains("RF2050", run.Output);
        Assert.DoesNotContain("RF0000", run.Output);
    }

    [Fact]
    public void Extends_and_build_dockerfile_naming_a_fifo_or_a_device_are_reported_even_where_reading_outside_is_allowed()
    {
        if (OperatingSystem.IsWindows()) return;
        using var tree = new TempTree()
            .With(".redfire-lint.json", "{\"readOutsideRoot\": true}")
            .With("good/compose.yaml", Privileged)
            .With("app/compose.yaml",
                "include:\n  - /dev/urandom\nservices:\n  api:\n    extends:\n      file: base.yaml\n      service: api\n" +
                "  web:\n    build:\n      context: .\n      dockerfile: /dev/zero\n");
        MakeFifo(Path.Combine(tree.Root, "app", "base.yaml"));

        var run = tree.Lint("--fail-on", "none");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains("/dev/urandom was not linted: it is not a regular file", run.Output);
        Assert.Contains("app/base.yaml was not linted: it is not a regular file", run.Output);
        Assert.Contains("/dev/zero was not linted: it is not a regular file", run.Output);
        Assert.Contains("RF2050", run.Output);
        Assert.DoesNotContain("RF0000", run.Output);
    }

    [Fact]
    public void A_Dockerfile_linking_to_dev_zero_and_a_file_linking_to_etc_passwd_are_not_followed()
    {
        if (OperatingSystem.IsWindows()) return;
        using var tree = new TempTree().With("good/compose.yaml", Privileged);
        File.CreateSymbolicLink(Path.Combine(tree.Root, "Dockerfile"), "/dev/zero");
        File.CreateSymbolicLink(Path.Combine(tree.Root, "nginx.conf"), "/etc/passwd");

        foreach (var format in new[] { "text", "json", "sarif", "msbuild", "github" })
        {
            var run = tree.Lint("--fail-on", "none", "--format", format);
            Assert.True(run.ExitCode == 0, run.ToString());
            Assert.Contains("The file was not linted: it is a symbolic link to a file outside the linted directory", run.Output);
            Assert.Contains("nginx.conf", run.Output);
            Assert.DoesNotContain("root:", run.Output);
            Assert.Contains("RF2050", run.Output);
        }
    }

    [Fact]
    public void A_link_out_of_the_tree_is_told_how_to_lint_its_target_not_to_save_it_as_UTF8()
    {
        if (OperatingSystem.IsWindows()) return;
        using var tree = new TempTree().With("good/compose.yaml", Privileged);
        File.CreateSymbolicLink(Path.Combine(tree.Root, "Dockerfile"), "/etc/hostname");

        var run = tree.Lint("--fail-on", "none");

        Assert.Contains("Dockerfile\n  1:1  error    RF0006  The file was not linted: it is a symbolic link to a file outside the linted directory, so it was not followed.\n" +
            "       help: Lint the directory the link points into, or set \"readOutsideRoot\": true", run.Output);
        Assert.DoesNotContain("UTF-8", run.Output);
    }

    [Fact]
    public void A_folder_link_out_of_the_tree_is_said_once_as_info_and_one_inside_it_is_skipped_quietly()
    {
        if (OperatingSystem.IsWindows()) return;
        using var outside = new TempTree().With("Dockerfile", "FROM alpine:3.19\nUSER 1000\n");
        using var tree = new TempTree().With("good/compose.yaml", Privileged).With("inner/Dockerfile", "FROM alpine:3.19\nUSER 1000\n");
        Directory.CreateSymbolicLink(Path.Combine(tree.Root, "vendor"), outside.Root);
        Directory.CreateSymbolicLink(Path.Combine(tree.Root, "inner-again"), Path.Combine(tree.Root, "inner"));

        var run = tree.Lint("--fail-on", "none");

        Flags(RuleIds.FolderNotSearched, tree.Lint("--fail-on", "none", "--format", "json"), "vendor", 1, 1);
        Assert.Contains("vendor\n  1:1  info     RF0010  The folder was not searched: it is a symbolic link to a folder outside the linted directory.\n" +
            "       help: Name the folder it points to on the command line to lint it too.", run.Output);
        Assert.DoesNotContain("inner-again", run.Output);
        Assert.Contains("RF2050", run.Output);
    }

    [Fact]
    public void A_folder_link_that_stays_inside_the_tree_is_not_reported()
    {
        if (OperatingSystem.IsWindows()) return;
        using var tree = new TempTree().With("inner/Dockerfile", "FROM alpine:3.19\nUSER 1000\n");
        Directory.CreateSymbolicLink(Path.Combine(tree.Root, "inner-again"), Path.Combine(tree.Root, "inner"));
        Passes(RuleIds.FolderNotSearched, tree.Lint("--fail-on", "none", "--format", "json"));
    }

    /// <summary>The JSON run reports <paramref name="ruleId"/> at this file and position.</summary>
    private static void Flags(string ruleId, CliRun run, string file, int line, int column) =>
        Assert.Contains(Diagnostics(run), d => (string?)d["ruleId"] == ruleId && (string?)d["file"] == file && (int?)d["line"] == line && (int?)d["column"] == column);

    private static void Passes(string ruleId, CliRun run) => Assert.DoesNotContain(Diagnostics(run), d => (string?)d["ruleId"] == ruleId);

    private static System.Collections.Generic.IEnumerable<System.Text.Json.Nodes.JsonNode> Diagnostics(CliRun run) =>
        System.Text.Json.Nodes.JsonNode.Parse(run.Output)!["diagnostics"]!.AsArray()!.Select(d => d!);

    [Fact]
    public void A_sparse_huge_include_is_reported_with_its_size_without_being_read()
    {
        using var tree = new TempTree().With("compose.yaml", "include:\n  - huge.yaml\n" + Privileged);
        using (var huge = File.Create(Path.Combine(tree.Root, "huge.yaml"))) huge.SetLength(1_500_000_000);

        var run = tree.Lint("--fail-on", "none");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains("huge.yaml was not linted: it is 1500000000 bytes, over the 2097152-byte limit", run.Output);
        Assert.Contains("RF2050", run.Output);
    }

    [Fact]
    public void Config_does_not_print_an_env_file_from_outside_the_project()
    {
        using var tree = new TempTree()
            .With("compose.yaml", "include:\n  - path: inner.yaml\n    env_file: ../../../../../../../../etc/hostname\n")
            .With("inner.yaml", "services:\n  web:\n    image: nginx:1.25\n    environment:\n      HOST: ${HOSTNAME:-none}\n");

        var run = tree.Lint("config");

        Assert.Contains("RF0006", run.Error);
        Assert.Contains("outside the linted directory", run.Error);
        Assert.Contains("HOST=none", run.Output);
    }

    [Fact]
    public void An_unknown_rule_in_severity_is_rejected_like_in_a_config_file()
    {
        using var tree = new TempTree().With("compose.yaml", Privileged);
        var run = tree.Lint("--severity", "RF9999=error");
        Assert.True(run.ExitCode == ExitCodes.UsageOrConfiguration, run.ToString());
        Assert.Contains("there is no rule RF9999", run.Error);
    }

    [Fact]
    public void An_output_file_that_refuses_the_write_is_a_clear_error()
    {
        if (!File.Exists("/proc/version")) return;
        using var tree = new TempTree().With("compose.yaml", Privileged);
        var run = tree.Lint("-o", "/proc/version");
        Assert.True(run.ExitCode == ExitCodes.UsageOrConfiguration, run.ToString());
        Assert.Contains("cannot write '/proc/version'", run.Error);
        Assert.DoesNotContain("internal error", run.Error);
    }

    [Fact]
    public void An_output_file_in_a_missing_directory_is_an_error_and_no_directory_is_created()
    {
        using var tree = new TempTree().With("compose.yaml", Privileged);
        var run = tree.Lint("-o", "missing/dir/report.json");
        Assert.True(run.ExitCode == ExitCodes.UsageOrConfiguration, run.ToString());
        Assert.Contains("does not exist", run.Error);
        Assert.False(Directory.Exists(Path.Combine(tree.Root, "missing")));
    }

    [Fact]
    public void The_summary_counts_the_included_files_it_reports_on()
    {
        using var tree = new TempTree()
            .With("compose.yaml", "include:\n  - inner.yaml\n")
            .With("inner.yaml", Privileged);

        var run = tree.Lint("--fail-on", "none", "compose.yaml");

        var summary = System.Text.RegularExpressions.Regex.Match(run.Output, @"in (\d+) of (\d+) files?\.");
        Assert.True(summary.Success, run.ToString());
        Assert.Equal("2", summary.Groups[2].Value);
        Assert.True(int.Parse(summary.Groups[1].Value) <= 2, run.ToString());
    }
}

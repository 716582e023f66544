using System.Linq;
using RedFire.Lint.Findings;
using RedFire.Lint.Policy;
using RedFire.Lint.Tests.Infrastructure;
using Xunit;

namespace RedFire.Lint.Tests.Policy;

public class EditorConfigSeveritiesTests
{
    private static Severity? SeverityOf(InMemoryFileSystem files, string path, string ruleId = "RF1001")
    {
        var severities = EditorConfigSeverities.Load([path], files);
        return severities.TryGet(ruleId, path, out var severity) ? severity : null;
    }

    [Fact]
    public void Sections_match_names_at_any_depth_and_later_sections_win()
    {
        var files = new InMemoryFileSystem([
            (".editorconfig", "root = true\n[*]\ndotnet_diagnostic.RF1001.severity = warning\n[Dockerfile]\ndotnet_diagnostic.RF1001.severity = error # strict\n"),
        ]);
        Assert.Equal(Severity.Error, SeverityOf(files, "/repo/svc/Dockerfile"));
        Assert.Equal(Severity.Warning, SeverityOf(files, "/repo/compose.yml"));
        Assert.Null(SeverityOf(files, "/repo/compose.yml", "RF1002"));
    }

    [Fact]
    public void Sections_with_a_slash_are_relative_to_the_editorconfig()
    {
        var files = new InMemoryFileSystem([
            (".editorconfig", "[deploy/*.yml]\ndotnet_diagnostic.RF1001.severity = none\n[/*.{yml,yaml}]\ndotnet_diagnostic.RF1001.severity = suggestion\n"),
        ]);
        Assert.Equal(Severity.None, SeverityOf(files, "/repo/deploy/compose.yml"));
        Assert.Equal(Severity.Info, SeverityOf(files, "/repo/compose.yaml"));
        Assert.Null(SeverityOf(files, "/repo/other/deploy/compose.yml"));
    }

    [Fact]
    public void Nearer_files_win_and_root_stops_the_search()
    {
        var files = new InMemoryFileSystem([
            ("/.editorconfig", "[*]\ndotnet_diagnostic.RF1002.severity = error\n"),
            (".editorconfig", "root = true\n[*]\ndotnet_diagnostic.RF1001.severity = error\n"),
            ("svc/.editorconfig", "[*]\ndotnet_diagnostic.RF1001.severity = silent\n"),
        ]);
        Assert.Equal(Severity.None, SeverityOf(files, "/repo/svc/Dockerfile"));
        Assert.Equal(Severity.Error, SeverityOf(files, "/repo/Dockerfile"));
        Assert.Null(SeverityOf(files, "/repo/Dockerfile", "RF1002"));
    }

    [Fact]
    public void Files_of_folders_that_share_ancestors_each_get_their_own_chain()
    {
        var files = new InMemoryFileSystem([
            ("/.editorconfig", "[*]\ndotnet_diagnostic.RF1002.severity = error\n"),
            (".editorconfig", "root = true\n[*]\ndotnet_diagnostic.RF1001.severity = error\n"),
            (".globalconfig", "is_global = true\ndotnet_diagnostic.RF1003.severity = warning\n"),
            ("svc/.editorconfig", "[*]\ndotnet_diagnostic.RF1001.severity = silent\n"),
            ("svc/deep/.globalconfig", "is_global = true\ndotnet_diagnostic.RF1003.severity = error\n"),
        ]);
        string[] paths = ["/repo/svc/deep/Dockerfile", "/repo/svc/Dockerfile", "/repo/other/Dockerfile", "/repo/Dockerfile"];
        var severities = EditorConfigSeverities.Load(paths, files);
        Severity? Of(string path, string ruleId) => severities.TryGet(ruleId, path, out var severity) ? severity : null;

        Assert.Equal([Severity.None, Severity.None, Severity.Error, Severity.Error], paths.Select(p => Of(p, "RF1001")));
        Assert.Equal([null, null, null, null], paths.Select(p => Of(p, "RF1002")));
        Assert.Equal([Severity.Error, Severity.Warning, Severity.Warning, Severity.Warning], paths.Select(p => Of(p, "RF1003")));
    }

    [Fact]
    public void Globalconfig_applies_everywhere_below_editorconfig()
    {
        var files = new InMemoryFileSystem([
            (".globalconfig", "is_global = true\ndotnet_diagnostic.RF1001.severity = warning\ndotnet_diagnostic.RF1002.severity = error\n"),
            ("svc/.editorconfig", "[*]\ndotnet_diagnostic.RF1001.severity = suggestion\n"),
        ]);
        Assert.Equal(Severity.Info, SeverityOf(files, "/repo/svc/Dockerfile"));
        Assert.Equal(Severity.Error, SeverityOf(files, "/repo/svc/Dockerfile", "RF1002"));
        Assert.Equal(Severity.Warning, SeverityOf(files, "/repo/Dockerfile"));
    }

    [Fact]
    public void Other_keys_and_unknown_severities_are_ignored()
    {
        var files = new InMemoryFileSystem([
            (".editorconfig", "[*]\nindent_style = space\ndotnet_diagnostic.CA1000.severity = error\ndotnet_diagnostic.RF1001.severity = loud\n"),
        ]);
        Assert.Null(SeverityOf(files, "/repo/Dockerfile"));
        Assert.Null(SeverityOf(files, "/repo/Dockerfile", "CA1000"));
    }

    [Fact]
    public void A_rule_off_by_default_runs_when_some_file_enables_it()
    {
        var files = new InMemoryFileSystem([("svc/.editorconfig", "[*]\ndotnet_diagnostic.RF1001.severity = warning\n")]);
        var configuration = new LintConfiguration { FileSeverities = EditorConfigSeverities.Load(["/repo/a/Dockerfile", "/repo/svc/Dockerfile"], files) };
        Assert.False(configuration.IsOffEverywhere("RF1001", Severity.None));
        Assert.True(configuration.IsOffEverywhere("RF1002", Severity.None));
        Assert.Equal(Severity.None, configuration.SeverityOf("RF1001", "/repo/a/Dockerfile", Severity.None));
        Assert.Equal(Severity.Warning, configuration.SeverityOf("RF1001", "/repo/svc/Dockerfile", Severity.None));
    }
}

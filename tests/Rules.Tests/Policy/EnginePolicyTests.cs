using System.Linq;
using RedFire.Lint.Findings;
using RedFire.Lint.Policy;
using RedFire.Lint.Rules;
using RedFire.Lint.Tests.Infrastructure;
using Xunit;

namespace RedFire.Lint.Tests.Policy;

/// <summary>How the engine applies a configuration to findings: per-file severities and include/exclude.</summary>
public class EnginePolicyTests
{
    private static readonly (string Path, string Text)[] TwoBinaryFiles = [("a/Dockerfile", "FROM a\0"), ("b/Dockerfile", "FROM b\0")];

    [Fact]
    public void Findings_in_excluded_files_are_dropped()
    {
        var configuration = new LintConfiguration { Files = new PathFilter(InMemoryFileSystem.Root, [], ["b"]) };
        var result = RuleTest.Lint(configuration, TwoBinaryFiles);
        Assert.Equal(["a/Dockerfile"], result.Diagnostics.Select(d => d.Location.File));
    }

    [Fact]
    public void Editorconfig_severity_applies_per_file_and_the_config_file_wins_over_it()
    {
        var files = new InMemoryFileSystem([("b/.editorconfig", "[*]\ndotnet_diagnostic.RF0006.severity = suggestion\n")]);
        var fileSeverities = EditorConfigSeverities.Load(TwoBinaryFiles.Select(f => InMemoryFileSystem.FullPath(f.Path)), files);

        var fromEditorConfig = RuleTest.Lint(new LintConfiguration { FileSeverities = fileSeverities }, TwoBinaryFiles);
        Assert.Equal([Severity.Error, Severity.Info], fromEditorConfig.Diagnostics.Select(d => d.Severity));

        var configured = new LintConfiguration
        {
            FileSeverities = fileSeverities,
            Severities = new System.Collections.Generic.Dictionary<string, Severity> { [RuleIds.UnreadableFile] = Severity.Warning },
        };
        Assert.Equal([Severity.Warning, Severity.Warning], RuleTest.Lint(configured, TwoBinaryFiles).Diagnostics.Select(d => d.Severity));
    }
}

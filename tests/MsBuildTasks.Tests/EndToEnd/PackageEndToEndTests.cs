using System;
using System.IO;
using System.Linq;
using RedFire.Lint.Engine;
using RedFire.Lint.Findings;
using RedFire.Lint.Output;
using RedFire.Lint.Policy;
using Xunit;

namespace RedFire.Lint.MsBuild.Tests.EndToEnd;

/// <summary>
/// The package as users get it: packed, restored from a folder feed, built with a real `dotnet build`.
/// Each test builds its own workspace; the collection runs them one after another (2 cores).
/// </summary>
[Collection(PackageCollection.Name)]
public sealed class PackageEndToEndTests
{
    // An env file with one statement the env parser rejects, made a warning by .globalconfig: a finding at a
    // known position that needs no other rule, and proof that .globalconfig severities reach the task.
    private const string BrokenEnvPath = "deployment/docker/extra.env";
    private const string BrokenEnv = "OK=1\nINVALID LINE\n";
    private const string BrokenEnvFinding = "deployment/docker/extra.env(2,1): RF0004";
    private const string GlobalConfig = "is_global = true\ndotnet_diagnostic.RF0004.severity = warning\n";

    private readonly PackageFixture _package;

    public PackageEndToEndTests(PackageFixture package) => _package = package;

    private Workspace SeedWithKnownWarning()
    {
        var workspace = _package.CreateWorkspace("redfire-seed");
        workspace.Write(BrokenEnvPath, BrokenEnv);
        workspace.Write(".globalconfig", GlobalConfig);
        return workspace;
    }

    [Fact]
    public void Seed_build_reports_what_the_engine_finds_at_the_same_positions()
    {
        var workspace = SeedWithKnownWarning();
        var expected = EngineKeys(workspace.Directory);

        var build = workspace.Build();

        AssertNoAnalyzerLoadProblems(build);
        Assert.True(build.ExitCode == 0 || expected.Any(k => k.Severity == Severity.Error), build.ToString());
        Assert.Contains(BrokenEnvFinding, build.RfKeys);
        var warning = build.Rf.Single(d => d.Key(build.Root) == BrokenEnvFinding);
        Assert.Equal(("warning", 2, 13), (warning.Severity, warning.EndLine, warning.EndColumn));
        Assert.Equal(expected.Select(k => k.Key).OrderBy(k => k, StringComparer.Ordinal), build.RfKeysWithMessages);
    }

    [Fact]
    public void TreatWarningsAsErrors_fails_the_build_on_RF_warnings()
    {
        var workspace = SeedWithKnownWarning();

        var build = workspace.Build("-p:TreatWarningsAsErrors=true");

        AssertNoAnalyzerLoadProblems(build);
        Assert.NotEqual(0, build.ExitCode);
        Assert.Contains(build.Rf, d => d.Key(build.Root) == BrokenEnvFinding && d.Severity == "error");
    }

    [Fact]
    public void Clean_example_builds_with_no_RF_diagnostic()
    {
        var workspace = _package.CreateWorkspace("redfire");

        var build = workspace.Build();

        AssertNoAnalyzerLoadProblems(build);
        Assert.True(build.ExitCode == 0, build.ToString());
        Assert.Empty(build.RfKeys);
        Assert.Contains("RedFire.Lint: analysed", build.Output);
    }

    [Fact]
    public void Analyzer_reports_the_contradicted_member_and_the_task_the_deployment_places_each_once()
    {
        // The clean deployment with one port changed in C#: the task reports every place that now disagrees (RF4001,
        // made non-fatal so the compiler runs), the analyzer the member (RF4004, a warning by default).
        var workspace = _package.CreateWorkspace("redfire");
        var servicesConfig = Path.Combine(workspace.Directory, "config", "backend", "ServiceConfig.cs");
        var source = File.ReadAllText(servicesConfig);
        const string original = "UserTradingPort = BasePort + 1;";
        Assert.Contains(original, source);
        File.WriteAllText(servicesConfig, source.Replace(original, "UserTradingPort = BasePort + 11;"));
        var lines = File.ReadAllLines(servicesConfig);
        var line = Array.FindIndex(lines, l => l.Contains("BasePort + 11")) + 1;
        var column = lines[line - 1].IndexOf("BasePort + 11", StringComparison.Ordinal) + 1;

        var build = workspace.Build("-p:RedFireLintFailOn=none");

        AssertNoAnalyzerLoadProblems(build);
        Assert.True(build.ExitCode == 0, build.ToString());
        var member = Assert.Single(build.Rf, d => d.Code == "RF4004");
        Assert.Equal(("config/backend/ServiceConfig.cs", line, column), (Path.GetRelativePath(build.Root, member.File), member.Line, member.Column));
        Assert.Contains("UserTradingPort is 8011", member.Message);
        var places = build.Rf.Where(d => d.Code == "RF4001").ToArray();
        Assert.NotEmpty(places);
        Assert.All(places, d => Assert.NotEqual(".cs", Path.GetExtension(d.File)));
    }

    [Fact]
    public void Second_build_with_nothing_changed_replays_the_findings_without_analysing()
    {
        var workspace = SeedWithKnownWarning();
        var first = workspace.Build();
        Assert.Contains("RedFire.Lint: analysed", first.Output);

        var second = workspace.Build();

        AssertNoAnalyzerLoadProblems(second);
        Assert.DoesNotContain("RedFire.Lint: analysed", second.Output);
        Assert.Contains("RedFire.Lint: inputs unchanged; replaying", second.Output);
        Assert.Equal(first.RfKeys, second.RfKeys);

        workspace.Write(BrokenEnvPath, "OK=1\n\nINVALID LINE\n");
        var third = workspace.Build();
        Assert.Contains("RedFire.Lint: analysed", third.Output);
        Assert.Contains("deployment/docker/extra.env(3,1): RF0004", third.RfKeys);
    }

    /// <summary>The compiler must load the analyzer (CS8032/CS9057 say it did not) and it must never throw (AD0001).</summary>
    internal static void AssertNoAnalyzerLoadProblems(BuildResult build)
    {
        foreach (var code in new[] { "CS9057", "CS8032", "CS8033", "AD0001" })
            Assert.False(build.Output.Contains(code, StringComparison.Ordinal), $"{code} in the build:\n{build.Output}");
    }

    /// <summary>What the CLI would report for the workspace (warnings and errors: the build log shows no infos).</summary>
    private static (string Key, Severity Severity)[] EngineKeys(string root)
    {
        var configuration = ConfigurationResolver.Resolve(new ConfigurationRequest(root, ["."]));
        var sources = SourceDiscovery.Discover(["."], root, configuration.Files);
        configuration = ConfigurationResolver.WithEditorConfig(configuration, sources.Select(s => s.FullPath));
        var result = Linter.Run(new LintRequest(sources) { WorkingDirectory = root, Configuration = configuration });
        return result.Diagnostics
            .Where(d => d.Severity >= Severity.Warning)
            .Select(d => ($"{d.Location.File}({d.Location.Line},{d.Location.Column}): {d.RuleId}: {MsBuildReportWriter.WithHelp(d.Message, d.Help)}", d.Severity))
            .Distinct()
            .ToArray();
    }
}

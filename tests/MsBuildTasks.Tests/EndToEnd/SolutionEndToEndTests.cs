using System;
using System.IO;
using System.Linq;
using Xunit;

namespace RedFire.Lint.MsBuild.Tests.EndToEnd;

/// <summary>
/// The package in a real solution, as a new user sets it up: a config library compiling ServiceConfig, a web API
/// project referencing it, the deployment at the repository root; and a multi-targeted project built with `-f`.
/// Each asserts over several builds of one workspace, which is what the behaviours are about and keeps the cost down.
/// </summary>
[Collection(PackageCollection.Name)]
public sealed class SolutionEndToEndTests
{
    private const string PortOriginal = "UserTradingPort = BasePort + 1;";
    private const string PortChanged = "UserTradingPort = BasePort + 11;";
    private const string ComposeFile = "deployment/docker/docker-compose.yml";

    private readonly PackageFixture _package;

    public SolutionEndToEndTests(PackageFixture package) => _package = package;

    /// <summary>The clean example with one port changed in C#: RF4001 on each deployment place, RF4004 on the member.</summary>
    private static void ChangePortInCSharp(Workspace workspace)
    {
        var path = Path.Combine(workspace.Directory, "config", "backend", "ServiceConfig.cs");
        var source = File.ReadAllText(path);
        Assert.Contains(PortOriginal, source);
        File.WriteAllText(path, source.Replace(PortOriginal, PortChanged));
    }

    private Workspace TwoProjectSolution()
    {
        var workspace = _package.CreateRepository("redfire");
        ChangePortInCSharp(workspace);
        // Findings stay non-fatal so that every build reaches the compiler (and the analyzer).
        workspace.Write("Directory.Build.props", "<Project><PropertyGroup><RedFireLintFailOn>none</RedFireLintFailOn></PropertyGroup></Project>\n");
        workspace.Write("config/Config.csproj", PackageFixture.Project("net10.0"));
        workspace.Write("api/Api.csproj", PackageFixture.Project("net10.0", items: """<ProjectReference Include="../config/Config.csproj" />"""));
        workspace.Write("api/TradingEndpoint.cs", "namespace Api;\n\npublic static class TradingEndpoint\n{\n    public const int Port = RedFire.Config.ServiceConfig.UserTradingPort;\n}\n");
        workspace.Write("Repo.slnx", "<Solution>\n  <Project Path=\"api/Api.csproj\" />\n  <Project Path=\"config/Config.csproj\" />\n</Solution>\n");
        return workspace;
    }

    [Fact]
    public void Solution_lints_once_in_the_project_compiling_the_ports_class_and_a_compose_edit_recompiles_only_it()
    {
        var workspace = TwoProjectSolution();

        var first = workspace.BuildProject("Repo.slnx");

        PackageEndToEndTests.AssertNoAnalyzerLoadProblems(first);
        Assert.True(first.ExitCode == 0, first.ToString());
        var places = first.Rf.Where(d => d.Code == "RF4001").ToArray();
        Assert.NotEmpty(places);
        Assert.Equal(places.Length, first.Reports("RF4001"));
        Assert.DoesNotContain(first.Output.Split('\n'), l => l.Contains(" RF4001:") && l.Contains("Api.csproj"));
        // RF4004 is a warning by default: the disagreement shows in the build output without any configuration.
        var member = Assert.Single(first.Rf, d => d.Code == "RF4004");
        Assert.Equal(("warning", "config/backend/ServiceConfig.cs"), (member.Severity, Path.GetRelativePath(first.Root, member.File)));
        Assert.Equal(1, first.Reports("RF4004"));
        Assert.Contains($"is linted by {Path.Combine(workspace.Directory, "config", "Config.csproj")}", first.Output);

        var apiCompiled = workspace.CompiledAt("api", "Api");
        var configCompiled = workspace.CompiledAt("config", "Config");
        File.AppendAllText(Path.Combine(workspace.Directory, ComposeFile), "# edited\n");

        var afterEdit = workspace.BuildProject("Repo.slnx");

        Assert.True(afterEdit.ExitCode == 0, afterEdit.ToString());
        Assert.Contains("RedFire.Lint: analysed", afterEdit.Output);
        Assert.Equal(TaskKeys(first), TaskKeys(afterEdit));
        Assert.Equal(apiCompiled, workspace.CompiledAt("api", "Api"));
        Assert.NotEqual(configCompiled, workspace.CompiledAt("config", "Config"));
    }

    [Fact]
    public void Adding_and_deleting_a_globalconfig_both_take_effect_on_the_next_build()
    {
        var workspace = TwoProjectSolution();
        var before = workspace.BuildProject("config/Config.csproj");
        Assert.Contains(before.Rf, d => d.Code == "RF4001");

        workspace.Write(".globalconfig", "is_global = true\ndotnet_diagnostic.RF4001.severity = none\n");
        var silenced = workspace.BuildProject("config/Config.csproj");
        Assert.Contains("RedFire.Lint: analysed", silenced.Output);
        Assert.DoesNotContain(silenced.Rf, d => d.Code == "RF4001");

        workspace.Delete(".globalconfig");
        var restored = workspace.BuildProject("config/Config.csproj");
        Assert.Contains("RedFire.Lint: analysed", restored.Output);
        // The task's findings; the compiler does not see a deleted input either and may skip compiling (RF4004).
        Assert.Equal(TaskKeys(before), TaskKeys(restored));
    }

    private static string[] TaskKeys(BuildResult build) => build.RfKeys.Where(k => !k.EndsWith(": RF4004", StringComparison.Ordinal)).ToArray();

    [Fact]
    public void Multi_targeted_project_lints_for_the_framework_built_and_reports_once_when_all_are_built()
    {
        // No .git: the root defaults to the project's folder, which holds no deployment file.
        var workspace = _package.CreateRepository("redfire", git: false);
        ChangePortInCSharp(workspace);
        workspace.Write("app/App.csproj", PackageFixture.Project("net8.0;net10.0", "<RedFireLintFailOn>none</RedFireLintFailOn>",
            """<Compile Include="../config/**/*.cs" />"""));

        var unrooted = workspace.BuildProject("app/App.csproj", "-f", "net10.0");

        PackageEndToEndTests.AssertNoAnalyzerLoadProblems(unrooted);
        Assert.True(unrooted.ExitCode == 0, unrooted.ToString());
        var nothingFound = Assert.Single(unrooted.Rf, d => d.Code == "RF0020");
        Assert.Equal("warning", nothingFound.Severity);
        Assert.Contains($"'{Path.Combine(workspace.Directory, "app")}'", nothingFound.Message);
        Assert.Contains("RedFireLintRoot", nothingFound.Message);
        Assert.Equal(1, unrooted.Reports("RF0020"));

        var root = $"-p:RedFireLintRoot={workspace.Directory}";
        var secondFramework = workspace.BuildProject("app/App.csproj", "-f", "net10.0", root);

        Assert.True(secondFramework.ExitCode == 0, secondFramework.ToString());
        Assert.DoesNotContain(secondFramework.Rf, d => d.Code == "RF0020");
        Assert.Contains(secondFramework.Rf, d => d.Code == "RF4001");
        Assert.Equal(1, secondFramework.Reports("RF4004"));

        // Both frameworks compile again (the ports class changed); the deployment is linted and reported once.
        File.SetLastWriteTimeUtc(Path.Combine(workspace.Directory, "config", "backend", "ServiceConfig.cs"), DateTime.UtcNow);
        var allFrameworks = workspace.BuildProject("app/App.csproj", root);

        PackageEndToEndTests.AssertNoAnalyzerLoadProblems(allFrameworks);
        Assert.True(allFrameworks.ExitCode == 0, allFrameworks.ToString());
        Assert.Equal(1, allFrameworks.Reports("RF4004"));
        var places = allFrameworks.Rf.Where(d => d.Code == "RF4001").ToArray();
        Assert.Equal(secondFramework.Rf.Count(d => d.Code == "RF4001"), places.Length);
        Assert.Equal(places.Length, allFrameworks.Reports("RF4001"));
    }
}

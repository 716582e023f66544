using System;
using System.IO;
using Xunit;

namespace RedFire.Lint.MsBuild.Tests;

/// <summary>Every project of a repository must elect the same one, from the files alone.</summary>
public sealed class LintingProjectElectionTests : IDisposable
{
    private const string PortsClass = "public static partial class ServiceConfig { public const int ApiPort = 8080; }\n";
    private const string Referencing = "<Project Sdk=\"Microsoft.NET.Sdk\"><ItemGroup><PackageReference Include=\"RedFire.Lint\" Version=\"0.1.0\" /></ItemGroup></Project>\n";
    private const string Plain = "<Project Sdk=\"Microsoft.NET.Sdk\" />\n";

    private readonly string _root = Directory.CreateTempSubdirectory("redfire-elect-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private string Write(string relativePath, string text)
    {
        var path = Path.Combine(_root, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return path;
    }

    private string Elect(string self, params string[] compiled) =>
        LintingProjectElection.Elect(_root, Path.Combine(_root, self), "ServiceConfig", compiled).Project;

    [Theory]
    [InlineData("{\"policy\": {\"portsClassName\": \"DeployPorts\"}}")]
    [InlineData("// ours\n{\"extends\": \"strict\", \"policy\": {\"portsClassName\": \"DeployPorts\",},}")]
    [InlineData("{\"policy\": {\"portsClassName\": 5}}")]
    [InlineData("{\"policy\": [\"portsClassName\"]}")]
    [InlineData("{\"extends\": \"strict\"}")]
    [InlineData("[1, 2]")]
    public void The_ports_class_name_is_read_as_the_lint_task_reads_it(string configText)
    {
        var path = Write(".redfire-lint.json", configText);
        var expected = configText.Contains("\"DeployPorts\"") ? "DeployPorts" : null;
        Assert.Equal(expected, RedFireLintElect.ConfiguredPortsClassName(path));
        if (expected is not null)
            Assert.Equal(expected, RedFire.Lint.Policy.ConfigFile.Parse(path, ".redfire-lint.json", configText, RedFire.Lint.Catalog.RuleCatalog.Default).Policy.PortsClassName);
    }

    [Theory]
    [InlineData("{\"policy\": {\"portsClassName\": ")]
    [InlineData("\u0000\u0001")]
    public void A_broken_config_file_leaves_the_default_to_the_election(string configText) =>
        Assert.Null(RedFireLintElect.ConfiguredPortsClassName(Write(".redfire-lint.json", configText)));

    [Fact]
    public void The_project_compiling_the_ports_class_is_elected_by_itself_and_by_the_others()
    {
        var config = Write("src/Config/Config.csproj", Referencing);
        var ports = Write("src/Config/Ports/ServiceConfig.cs", PortsClass);
        Write("src/Api/Api.csproj", Referencing);
        var endpoint = Write("src/Api/Endpoint.cs", "class Endpoint { int Port = ServiceConfig.ApiPort; }\n");
        Write("src/Api/obj/Debug/Generated.cs", PortsClass);

        Assert.Equal(config, Elect("src/Config/Config.csproj", ports));
        Assert.Equal(config, Elect("src/Api/Api.csproj", endpoint));
    }

    [Fact]
    public void Without_a_ports_class_the_first_project_referencing_the_package_is_elected()
    {
        Write("a-tests/Tests.csproj", Plain);
        var api = Write("b-api/Api.csproj", Referencing);
        Write("c-worker/Worker.csproj", Referencing);

        Assert.Equal(api, Elect("c-worker/Worker.csproj"));
        Assert.Equal(api, Elect("b-api/Api.csproj"));
    }

    [Fact]
    public void A_reference_from_Directory_Build_props_elects_the_first_project_file()
    {
        Write("Directory.Build.props", Referencing);
        var first = Write("a/A.csproj", Plain);
        Write("b/B.csproj", Plain);

        Assert.Equal(first, Elect("b/B.csproj"));
    }
}

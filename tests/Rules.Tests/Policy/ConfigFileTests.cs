using RedFire.Lint.Catalog;
using RedFire.Lint.Findings;
using RedFire.Lint.Policy;
using RedFire.Lint.Tests.Infrastructure;
using Xunit;

namespace RedFire.Lint.Tests.Policy;

public class ConfigFileTests
{
    private static ConfigFile Parse(string json) => ConfigFile.Parse("/repo/.redfire-lint.json", ".redfire-lint.json", json, RuleCatalog.Default);

    [Fact]
    public void Reads_severities_options_globs_and_policy()
    {
        var file = Parse("""
            {
              "$schema": "https://example.com/config.schema.json",
              // comments are allowed
              "rules": {
                "RF0006": "off",
                "RF0000": {"severity": "info", "options": {"limit": 3, "names": ["a"]}}
              },
              "exclude": ["vendor"],
              "policy": {"portsClassName": "Ports", "gatewayService": "edge", "trustedRegistries": ["ghcr.io/redfire"]}
            }
            """);

        Assert.Equal(Severity.None, file.Severities["RF0006"]);
        Assert.Equal(Severity.Info, file.Severities["RF0000"]);
        Assert.Equal(3, file.Options["RF0000"].GetInt("limit", 0));
        Assert.Equal(["a"], file.Options["RF0000"].GetStrings("names", []));
        Assert.False(file.Files.Includes("/repo/vendor/Dockerfile"));
        Assert.True(file.Files.Includes("/repo/Dockerfile"));
        Assert.Equal("Ports", file.Policy.PortsClassName);
        Assert.Equal("edge", file.Policy.GatewayService);
        Assert.Equal(["ghcr.io/redfire"], file.Policy.TrustedRegistries);
        Assert.Equal(LintPolicy.Default.DataStoreImages, file.Policy.DataStoreImages);
    }

    [Fact]
    public void Projects_are_compose_file_sets_relative_to_the_config_file()
    {
        var file = Parse("""{"projects": [["deploy/docker-compose.yml", "deploy/docker-compose.infrastructure.yml"]]}""");
        var set = Assert.Single(file.Policy.ComposeProjects);
        Assert.Equal([System.IO.Path.GetFullPath("/repo/deploy/docker-compose.yml").Replace('\\', '/'),
            System.IO.Path.GetFullPath("/repo/deploy/docker-compose.infrastructure.yml").Replace('\\', '/')], set);
        Assert.Throws<ConfigurationException>(() => Parse("""{"projects": [[]]}"""));
    }

    [Theory]
    [InlineData("{\"rules\": {\"RF0006\": \"off\", \"RF0006\": \"info\"}}", 1, "invalid JSON")]
    [InlineData("{} {}", 1, "invalid JSON: Additional text")]
    [InlineData("{\n\"include\": [\"\"]\n}", 2, "'include[0]': must not be empty")]
    [InlineData("{\"rules\": {\"RF0006\": {\"options\": 1}}}", 1, "'rules.RF0006.options': expected an object")]
    public void Problems_name_the_line_and_the_key(string json, int line, string problem)
    {
        var error = Assert.Throws<ConfigurationException>(() => Parse(json));
        Assert.Equal(".redfire-lint.json", error.File);
        Assert.Equal(line, error.Line);
        Assert.StartsWith(problem, error.Problem);
        Assert.StartsWith($".redfire-lint.json({line},", error.Message);
    }

    [Fact]
    public void Resolver_finds_the_nearest_file_and_layers_the_command_line_on_top()
    {
        var files = new InMemoryFileSystem([
            (".redfire-lint.json", """{"rules": {"RF0006": "info", "RF0000": "warning"}}"""),
            ("deploy/Dockerfile", "FROM a"),
        ]);
        var configuration = ConfigurationResolver.Resolve(new ConfigurationRequest("/repo", ["deploy/Dockerfile"])
        {
            FileSystem = files,
            CommandLineSeverities = new System.Collections.Generic.Dictionary<string, Severity> { ["RF0000"] = Severity.Error },
        });

        Assert.Equal(Severity.Info, configuration.Severities["RF0006"]);
        Assert.Equal(Severity.Error, configuration.Severities["RF0000"]);
    }

    [Fact]
    public void Resolver_without_a_config_file_gives_the_defaults()
    {
        var configuration = ConfigurationResolver.Resolve(new ConfigurationRequest("/repo", ["."]) { FileSystem = new InMemoryFileSystem([]) });
        Assert.Empty(configuration.Severities);
        Assert.Same(LintPolicy.Default, configuration.Policy);
    }

    [Fact]
    public void The_config_file_is_the_first_start_directory_s_nearest_even_when_a_later_start_has_a_nearer_one()
    {
        var files = new InMemoryFileSystem([
            (".redfire-lint.json", "{}"),
            ("b/.redfire-lint.json", "{}"),
            ("a/Dockerfile", "FROM a"),
        ]);

        Assert.Equal("/repo/.redfire-lint.json", ConfigFile.Find(["/repo/a", "/repo/b"], files));
        Assert.Equal("/repo/b/.redfire-lint.json", ConfigFile.Find(["/repo/b", "/repo/a"], files));
        Assert.Null(ConfigFile.Find(["/elsewhere/x"], files));
    }
}

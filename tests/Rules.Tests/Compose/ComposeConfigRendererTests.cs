using System.Collections.Generic;
using Newtonsoft.Json.Linq;
using RedFire.Lint.Compose.Config;
using RedFire.Lint.Findings;
using RedFire.Lint.Policy;
using RedFire.Lint.Tests.Infrastructure;
using Xunit;

namespace RedFire.Lint.Tests.Compose;

public class ComposeConfigRendererTests
{
    private static ComposeConfigResult Render(string format, string[] files, string? envFile, params (string Path, string Text)[] tree) =>
        ComposeConfigRenderer.Render(new ComposeConfigRequest(files, InMemoryFileSystem.Root + "/app")
        {
            Format = format,
            EnvFile = envFile,
            FileSystem = new InMemoryFileSystem(tree),
        });

    [Fact]
    public void Load_findings_take_the_severities_of_the_configuration()
    {
        var tree = new InMemoryFileSystem([("app/compose.yaml", "services:\n  web:\n    image: app:${TAG}\n")]);
        ComposeConfigResult Run(LintConfiguration configuration) =>
            ComposeConfigRenderer.Render(new ComposeConfigRequest([], InMemoryFileSystem.Root + "/app") { FileSystem = tree, Configuration = configuration });

        Assert.Equal(Severity.Warning, Assert.Single(Run(LintConfiguration.Default).Diagnostics).Severity);
        var raised = Run(LintConfiguration.Default with { Severities = new Dictionary<string, Severity> { ["RF2001"] = Severity.Error } });
        Assert.True(raised.HasErrors);
        Assert.Empty(Run(LintConfiguration.Default with { Severities = new Dictionary<string, Severity> { ["RF2001"] = Severity.None } }).Diagnostics);
    }

    [Fact]
    public void The_example_env_is_not_read_as_compose_would_not()
    {
        var result = Render("json", [], null,
            ("app/compose.yaml", "services:\n  web:\n    image: shop/web:${TAG}\n"),
            ("app/.env.example", "TAG=2.3.1\n"));
        Assert.Equal("shop/web:", (string?)JObject.Parse(result.Output!)["services"]!["web"]!["image"]);
        Assert.Contains(result.Diagnostics, d => d.RuleId == "RF2001");
    }

    [Fact]
    public void Default_files_are_merged_interpolated_and_secret_values_masked()
    {
        var result = Render("json", [], null,
            ("app/compose.yaml", "services:\n  db:\n    image: postgres:${PG:-16}\n    environment:\n      POSTGRES_PASSWORD: ${DB_PASSWORD}\n      POSTGRES_DB: app\n"),
            ("app/compose.override.yaml", "services:\n  db:\n    ports: [\"5432:5432\"]\n"),
            ("app/.env", "DB_PASSWORD=hunter2-very-secret\n"));
        Assert.False(result.HasErrors);
        var json = JObject.Parse(result.Output!);
        Assert.Equal("app", (string?)json["name"]);
        Assert.Equal("postgres:16", (string?)json["services"]!["db"]!["image"]);
        Assert.Equal("5432:5432", (string?)json["services"]!["db"]!["ports"]![0]);
        var environment = json["services"]!["db"]!["environment"]!.ToString();
        Assert.Contains("POSTGRES_DB=app", environment);
        Assert.DoesNotContain("hunter2", result.Output);
        Assert.Contains("POSTGRES_PASSWORD=hu…[19 chars]", environment);
    }

    [Fact]
    public void Yaml_output_quotes_strings_that_would_read_back_as_other_types_and_reports_load_errors()
    {
        var result = Render("yaml", ["compose.yaml", "other.yaml"], "prod.env",
            ("app/compose.yaml", "services:\n  web:\n    image: app:${TAG}\n    user: \"1000\"\n    depends_on: [db]\n"),
            ("app/other.yaml", "services:\n  web:\n    read_only: true\n"),
            ("app/prod.env", "TAG=2\n"));
        Assert.Contains("image: app:2", result.Output);
        Assert.Contains("user: \"1000\"", result.Output);
        Assert.Contains("read_only: true", result.Output);
        Assert.True(result.HasErrors);
        Assert.Contains(result.Diagnostics, d => d.Message.Contains("depends on 'db', which the project does not define"));
    }

    [Fact]
    public void No_compose_file_is_an_error()
    {
        var result = Render("yaml", [], null, ("elsewhere/compose.yaml", "services: {}\n"));
        Assert.Null(result.Output);
        Assert.Contains(result.Diagnostics, d => d.Message.Contains("no compose file found"));
    }
}

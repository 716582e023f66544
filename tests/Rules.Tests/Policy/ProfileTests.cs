using System.Collections.Generic;
using System.Linq;
using RedFire.Lint.Catalog;
using RedFire.Lint.Findings;
using RedFire.Lint.Policy;
using RedFire.Lint.Rules;
using RedFire.Lint.Tests.Infrastructure;
using Xunit;

namespace RedFire.Lint.Tests.Policy;

/// <summary>Profiles decide which rules are on; development files lower the production-only ones by a level.</summary>
public class ProfileTests
{
    private const string UnlimitedService = "services:\n  app:\n    image: app:1.2\n";
    private const string UnsortedServices = "services:\n  web:\n    image: web:1.2\n  api:\n    image: api:1.2\n";
    private const string DemoPassword = "services:\n  db:\n    image: postgres:16\n    environment:\n      POSTGRES_PASSWORD: correct-horse-battery\n";

    private static Severity[] SeveritiesOf(string ruleId, LintConfiguration configuration, string path, string text) =>
        RuleTest.Lint(configuration, (path, text)).Diagnostics.Where(d => d.RuleId == ruleId).Select(d => d.Severity).ToArray();

    private static LintConfiguration With(RuleProfile profile) => LintConfiguration.Default with { Profile = profile };

    [Fact]
    public void A_rule_is_off_below_its_profile_and_at_its_default_from_it_on()
    {
        Assert.Equal(RuleProfile.Strict, RuleCatalog.Default[RuleIds.MemoryNotLimited].Profile);
        Assert.Empty(SeveritiesOf(RuleIds.MemoryNotLimited, With(RuleProfile.Recommended), "compose.yaml", UnlimitedService));
        Assert.Equal([Severity.Warning], SeveritiesOf(RuleIds.MemoryNotLimited, With(RuleProfile.Strict), "compose.yaml", UnlimitedService));
        Assert.Equal([Severity.Warning], SeveritiesOf(RuleIds.MemoryNotLimited, With(RuleProfile.All), "compose.yaml", UnlimitedService));
    }

    [Fact]
    public void Matters_of_taste_are_on_only_in_all()
    {
        Assert.Empty(SeveritiesOf(RuleIds.ServicesNotSorted, With(RuleProfile.Strict), "compose.yaml", UnsortedServices));
        Assert.Equal([Severity.Info], SeveritiesOf(RuleIds.ServicesNotSorted, With(RuleProfile.All), "compose.yaml", UnsortedServices));
    }

    [Fact]
    public void A_severity_set_for_a_rule_turns_it_on_whatever_the_profile()
    {
        var configuration = With(RuleProfile.Recommended) with { Severities = new Dictionary<string, Severity> { [RuleIds.MemoryNotLimited] = Severity.Error } };
        Assert.Equal([Severity.Error], SeveritiesOf(RuleIds.MemoryNotLimited, configuration, "compose.yaml", UnlimitedService));
    }

    [Theory]
    [InlineData("compose.yaml", Severity.Warning)]
    [InlineData("docker-compose.prod.yml", Severity.Warning)]
    [InlineData("docker-compose.test.yml", Severity.Info)]
    [InlineData("docker-compose.dev.yaml", Severity.Info)]
    [InlineData("tests/integration/compose.yaml", Severity.Info)]
    [InlineData(".devcontainer/compose.yaml", Severity.Info)]
    public void A_demo_password_in_a_test_file_is_info(string path, Severity expected) =>
        Assert.Equal([expected], SeveritiesOf(RuleIds.HardCodedSecretSetting, LintConfiguration.Default, path, DemoPassword));

    [Fact]
    public void Info_of_a_production_only_rule_goes_quiet_in_a_development_file()
    {
        Assert.Equal(Severity.Info, RuleCatalog.Default[RuleIds.PortNotBoundToInterface].DefaultSeverity);
        const string published = "services:\n  web:\n    image: web:1.2\n    ports:\n      - \"8080:80\"\n";
        Assert.Equal([Severity.Info], SeveritiesOf(RuleIds.PortNotBoundToInterface, With(RuleProfile.Strict), "compose.yaml", published));
        Assert.Empty(SeveritiesOf(RuleIds.PortNotBoundToInterface, With(RuleProfile.Strict), "dev/compose.yaml", published));
    }

    private const string BuilderAndFinal =
        "FROM golang:1.22 AS builder\nRUN apt-get update && apt-get install -y make\nRUN go build -o /app .\n" +
        "FROM debian:12-slim\nRUN apt-get update && apt-get install -y ca-certificates\nCOPY --from=builder /app /app\n";

    [Fact]
    public void A_production_only_rule_drops_a_level_in_a_builder_stage_no_image_ships()
    {
        var diagnostics = RuleTest.Lint(With(RuleProfile.Strict), ("Dockerfile", BuilderAndFinal)).Diagnostics
            .Where(d => d.RuleId == RuleIds.AptGetWithoutNoInstallRecommends).Select(d => (d.Location.Line, d.Severity));
        Assert.Equal([(2, Severity.Info), (5, Severity.Warning)], diagnostics);
    }

    [Fact]
    public void A_builder_stage_a_compose_build_targets_is_shipped()
    {
        var compose = "services:\n  tools:\n    build:\n      context: .\n      target: builder\n";
        var diagnostics = RuleTest.Lint(With(RuleProfile.Strict), ("Dockerfile", BuilderAndFinal), ("compose.yaml", compose)).Diagnostics
            .Where(d => d.RuleId == RuleIds.AptGetWithoutNoInstallRecommends).Select(d => (d.Location.Line, d.Severity));
        Assert.Equal([(2, Severity.Warning), (5, Severity.Warning)], diagnostics);
    }

    [Fact]
    public void Rules_that_are_not_production_only_keep_their_severity_in_development_files()
    {
        Assert.False(RuleCatalog.Default[RuleIds.UnsetVariable].ProductionOnly);
        const string unset = "services:\n  app:\n    image: app:${APP_TAG}\n";
        Assert.Equal([Severity.Warning], SeveritiesOf(RuleIds.UnsetVariable, LintConfiguration.Default, "docker-compose.dev.yml", unset));
    }

    [Fact]
    public void The_config_file_names_the_profile_and_the_development_files()
    {
        var file = ConfigFile.Parse("/repo/.redfire-lint.json", ".redfire-lint.json",
            """{"extends": "strict", "developmentFiles": ["sandbox", "/compose.local.yaml"]}""", RuleCatalog.Default);
        var configuration = file.AppliedTo(LintConfiguration.Default);

        Assert.Equal(RuleProfile.Strict, configuration.Profile);
        Assert.True(configuration.DevelopmentFiles.Contains("/repo/deploy/sandbox/compose.yaml"));
        Assert.True(configuration.DevelopmentFiles.Contains("/repo/compose.local.yaml"));
        Assert.False(configuration.DevelopmentFiles.Contains("/repo/tests/compose.yaml"));
    }

    [Fact]
    public void Without_extends_the_profile_is_recommended_and_the_request_wins_over_extends()
    {
        var files = new InMemoryFileSystem([(".redfire-lint.json", """{"extends": "all"}""")]);
        var root = InMemoryFileSystem.Root;
        Assert.Equal(RuleProfile.Recommended, ConfigurationResolver.Resolve(new ConfigurationRequest(root, ["."]) { FileSystem = new InMemoryFileSystem([]) }).Profile);
        Assert.Equal(RuleProfile.All, ConfigurationResolver.Resolve(new ConfigurationRequest(root, ["."]) { FileSystem = files }).Profile);
        Assert.Equal(RuleProfile.Strict, ConfigurationResolver.Resolve(new ConfigurationRequest(root, ["."]) { FileSystem = files, Profile = RuleProfile.Strict }).Profile);
    }

    [Fact]
    public void An_unknown_profile_is_a_configuration_error_at_its_key()
    {
        var error = Assert.Throws<ConfigurationException>(() => ConfigFile.Parse("/repo/.redfire-lint.json", ".redfire-lint.json",
            "{\n  \"extends\": \"strictest\"\n}", RuleCatalog.Default));
        Assert.Equal(2, error.Line);
        Assert.Contains("extends", error.Problem);
    }
}

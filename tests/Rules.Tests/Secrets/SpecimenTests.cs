using System;
using System.IO;
using System.Linq;
using System.Reflection;
using RedFire.Lint.Engine;
using RedFire.Lint.Rules;
using Xunit;

namespace RedFire.Lint.Tests.Secrets;

/// <summary>The plan's own committed env file: its passwords, tokens and JWT key are flagged, nothing else is.</summary>
public class SpecimenTests
{
    private static readonly string RepositoryRoot = typeof(SpecimenTests).Assembly
        .GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "RepositoryRoot").Value!;

    private const string EnvProduction = "examples/redfire-seed/deployment/docker/.env.production";

    [Fact]
    public void The_specimen_env_production_has_its_secrets_flagged_and_nothing_else()
    {
        var text = File.ReadAllText(Path.Combine(RepositoryRoot, EnvProduction));
        var secretIds = new[] { RuleIds.HardCodedToken, RuleIds.HardCodedSecretSetting, RuleIds.CredentialsInUrlOrCommand };
        var flagged = Infrastructure.RuleTest.Lint((EnvProduction, text)).Diagnostics
            .Where(d => secretIds.Contains(d.RuleId))
            .Select(d => text.Split('\n')[d.Location.Line - 1].Split('=')[0])
            .OrderBy(k => k, StringComparer.Ordinal)
            .ToArray();
        Assert.Equal(["DB_PASSWORD", "INFLUX_PASSWORD", "INFLUX_TOKEN", "JWT_SECRET_KEY", "MONGO_PASSWORD", "REDIS_PASSWORD"], flagged);
    }

    [Fact]
    public void The_fixed_example_has_no_secret_findings()
    {
        var root = Path.Combine(RepositoryRoot, "examples", "redfire");
        var sources = SourceDiscovery.Discover(["."], root);
        var result = Linter.Run(new LintRequest(sources) { WorkingDirectory = root });
        Assert.DoesNotContain(result.Diagnostics, d => d.RuleId.StartsWith("RF30", StringComparison.Ordinal));
        Assert.NotEmpty(sources);
    }
}

using System;
using System.IO;
using System.Linq;
using System.Reflection;
using Newtonsoft.Json.Linq;
using RedFire.Lint.Engine;
using RedFire.Lint.Output;
using RedFire.Lint.Policy;
using Xunit;

namespace RedFire.Lint.Tests.Deployment;

/// <summary>
/// The two bundled deployments, linted from disk through the JSON contract with their own .redfire-lint.json
/// (the strict profile): the plan's specimen (examples/redfire-seed) reports exactly the faults its README lists,
/// the corrected one (examples/redfire) none.
/// </summary>
public class ExampleDeploymentTests
{
    private static readonly string RepositoryRoot = typeof(ExampleDeploymentTests).Assembly
        .GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "RepositoryRoot").Value!;

    /// <summary>
    /// (ruleId, file, line) of every cross-file (RF4001-RF4099) and image (RF1101-RF1149) finding on the specimen:
    /// exactly these. The README of examples/redfire-seed lists them with the rest.
    /// </summary>
    private static readonly string[] SeedDeploymentFindings =
    [
        "RF4043 examples/redfire-seed/deployment/docker/docker-compose.yml:53",
        "RF4014 examples/redfire-seed/deployment/docker/docker-compose.yml:79",
        "RF4011 examples/redfire-seed/deployment/docker/docker-compose.yml:84",
        "RF4011 examples/redfire-seed/deployment/docker/docker-compose.yml:99",
        "RF4040 examples/redfire-seed/deployment/docker/docker-compose.yml:116",
        "RF4040 examples/redfire-seed/deployment/docker/docker-compose.yml:149",
        "RF4040 examples/redfire-seed/deployment/docker/docker-compose.yml:174",
        "RF4040 examples/redfire-seed/deployment/docker/docker-compose.yml:196",
        "RF4040 examples/redfire-seed/deployment/docker/docker-compose.yml:218",
        "RF4024 examples/redfire-seed/deployment/docker/docker-compose.yml:224",
        "RF4011 examples/redfire-seed/deployment/docker/docker-compose.yml:236",
        "RF4031 examples/redfire-seed/deployment/docker/docker-compose.yml:241",
        "RF4043 examples/redfire-seed/deployment/docker/docker-compose.yml:244",
        "RF4032 examples/redfire-seed/deployment/docker/nginx/nginx.conf:2",
        "RF4032 examples/redfire-seed/deployment/docker/nginx/nginx.conf:2",
        "RF4032 examples/redfire-seed/deployment/docker/nginx/nginx.conf:6",
        "RF4032 examples/redfire-seed/deployment/docker/nginx/nginx.conf:10",
        "RF1103 examples/redfire-seed/deployment/docker/services/base/Dockerfile:13",
        "RF1103 examples/redfire-seed/deployment/docker/services/base/Dockerfile:14",
        "RF1101 examples/redfire-seed/deployment/docker/services/base/Dockerfile:47",
        "RF1101 examples/redfire-seed/deployment/docker/services/base/Dockerfile:66",
        "RF1102 examples/redfire-seed/deployment/docker/services/base/Dockerfile:72",
        "RF1104 examples/redfire-seed/deployment/docker/services/base/Dockerfile:72",
        "RF1101 examples/redfire-seed/deployment/docker/services/gateway/Dockerfile:18",
        "RF1101 examples/redfire-seed/deployment/docker/services/strategy-data/Dockerfile:21",
    ];

    /// <summary>Findings of the single-file rules on the specimen that its README lists; other areas may add more.</summary>
    private static readonly string[] SeedSingleFileFindings =
    [
        "RF3002 examples/redfire-seed/deployment/docker/.env.production:4",
        "RF3002 examples/redfire-seed/deployment/docker/.env.production:8",
        "RF3002 examples/redfire-seed/deployment/docker/.env.production:12",
        "RF3002 examples/redfire-seed/deployment/docker/.env.production:13",
        "RF3002 examples/redfire-seed/deployment/docker/.env.production:17",
        "RF3002 examples/redfire-seed/deployment/docker/.env.production:20",
        "RF2004 examples/redfire-seed/deployment/docker/docker-compose.yml:2",
        "RF2056 examples/redfire-seed/deployment/docker/docker-compose.yml:43",
        "RF2005 examples/redfire-seed/deployment/docker/docker-compose.yml:45",
        "RF2001 examples/redfire-seed/deployment/docker/docker-compose.yml:48",
        "RF3004 examples/redfire-seed/deployment/docker/docker-compose.yml:49",
        "RF2059 examples/redfire-seed/deployment/docker/docker-compose.yml:64",
        "RF2056 examples/redfire-seed/deployment/docker/docker-compose.yml:69",
        "RF2058 examples/redfire-seed/deployment/docker/docker-compose.yml:69",
        "RF2059 examples/redfire-seed/deployment/docker/docker-compose.yml:69",
        "RF2005 examples/redfire-seed/deployment/docker/docker-compose.yml:71",
        "RF3004 examples/redfire-seed/deployment/docker/docker-compose.yml:72",
        "RF2056 examples/redfire-seed/deployment/docker/docker-compose.yml:84",
        "RF2058 examples/redfire-seed/deployment/docker/docker-compose.yml:84",
        "RF2059 examples/redfire-seed/deployment/docker/docker-compose.yml:84",
        "RF2005 examples/redfire-seed/deployment/docker/docker-compose.yml:86",
        "RF3004 examples/redfire-seed/deployment/docker/docker-compose.yml:90",
        "RF2056 examples/redfire-seed/deployment/docker/docker-compose.yml:99",
        "RF2058 examples/redfire-seed/deployment/docker/docker-compose.yml:99",
        "RF2059 examples/redfire-seed/deployment/docker/docker-compose.yml:99",
        "RF2005 examples/redfire-seed/deployment/docker/docker-compose.yml:101",
        "RF3004 examples/redfire-seed/deployment/docker/docker-compose.yml:104",
        "RF2056 examples/redfire-seed/deployment/docker/docker-compose.yml:113",
        "RF2005 examples/redfire-seed/deployment/docker/docker-compose.yml:118",
        "RF3004 examples/redfire-seed/deployment/docker/docker-compose.yml:122",
        "RF3004 examples/redfire-seed/deployment/docker/docker-compose.yml:123",
        "RF2056 examples/redfire-seed/deployment/docker/docker-compose.yml:146",
        "RF2058 examples/redfire-seed/deployment/docker/docker-compose.yml:146",
        "RF2059 examples/redfire-seed/deployment/docker/docker-compose.yml:146",
        "RF2005 examples/redfire-seed/deployment/docker/docker-compose.yml:151",
        "RF3004 examples/redfire-seed/deployment/docker/docker-compose.yml:155",
        "RF3004 examples/redfire-seed/deployment/docker/docker-compose.yml:156",
        "RF3004 examples/redfire-seed/deployment/docker/docker-compose.yml:157",
        "RF2056 examples/redfire-seed/deployment/docker/docker-compose.yml:171",
        "RF2058 examples/redfire-seed/deployment/docker/docker-compose.yml:171",
        "RF2059 examples/redfire-seed/deployment/docker/docker-compose.yml:171",
        "RF2005 examples/redfire-seed/deployment/docker/docker-compose.yml:175",
        "RF3004 examples/redfire-seed/deployment/docker/docker-compose.yml:179",
        "RF3004 examples/redfire-seed/deployment/docker/docker-compose.yml:181",
        "RF2056 examples/redfire-seed/deployment/docker/docker-compose.yml:193",
        "RF2058 examples/redfire-seed/deployment/docker/docker-compose.yml:193",
        "RF2059 examples/redfire-seed/deployment/docker/docker-compose.yml:193",
        "RF2005 examples/redfire-seed/deployment/docker/docker-compose.yml:197",
        "RF3004 examples/redfire-seed/deployment/docker/docker-compose.yml:201",
        "RF2056 examples/redfire-seed/deployment/docker/docker-compose.yml:215",
        "RF2058 examples/redfire-seed/deployment/docker/docker-compose.yml:215",
        "RF2059 examples/redfire-seed/deployment/docker/docker-compose.yml:215",
        "RF2005 examples/redfire-seed/deployment/docker/docker-compose.yml:219",
        "RF3004 examples/redfire-seed/deployment/docker/docker-compose.yml:223",
        "RF2056 examples/redfire-seed/deployment/docker/docker-compose.yml:236",
        "RF2058 examples/redfire-seed/deployment/docker/docker-compose.yml:236",
        "RF2059 examples/redfire-seed/deployment/docker/docker-compose.yml:236",
        "RF2067 examples/redfire-seed/deployment/docker/docker-compose.yml:237",
        "RF2005 examples/redfire-seed/deployment/docker/docker-compose.yml:238",
        "RF2554 examples/redfire-seed/deployment/docker/nginx/nginx.conf:10",
        "RF1038 examples/redfire-seed/deployment/docker/services/base/Dockerfile:2",
        "RF1005 examples/redfire-seed/deployment/docker/services/base/Dockerfile:12",
        "RF1008 examples/redfire-seed/deployment/docker/services/base/Dockerfile:13",
        "RF1008 examples/redfire-seed/deployment/docker/services/base/Dockerfile:14",
        "RF1008 examples/redfire-seed/deployment/docker/services/base/Dockerfile:15",
        "RF1038 examples/redfire-seed/deployment/docker/services/base/Dockerfile:31",
        "RF1038 examples/redfire-seed/deployment/docker/services/base/Dockerfile:52",
        "RF1030 examples/redfire-seed/deployment/docker/services/base/Dockerfile:72",
        "RF1001 examples/redfire-seed/deployment/docker/services/gateway/Dockerfile:2",
        "RF1002 examples/redfire-seed/deployment/docker/services/gateway/Dockerfile:2",
        "RF1026 examples/redfire-seed/deployment/docker/services/gateway/Dockerfile:11",
        "RF1027 examples/redfire-seed/deployment/docker/services/gateway/Dockerfile:11",
        "RF1027 examples/redfire-seed/deployment/docker/services/gateway/Dockerfile:11",
        "RF1027 examples/redfire-seed/deployment/docker/services/gateway/Dockerfile:11",
        "RF1001 examples/redfire-seed/deployment/docker/services/strategy-data/Dockerfile:2",
        "RF1002 examples/redfire-seed/deployment/docker/services/strategy-data/Dockerfile:2",
        "RF1026 examples/redfire-seed/deployment/docker/services/strategy-data/Dockerfile:8",
    ];

    [Fact]
    public void The_plans_deployment_reports_every_fault_it_has()
    {
        var actual = LintToJson("examples/redfire-seed")
            .Select(d => $"{d["ruleId"]} {d["file"]}:{d["line"]}")
            .ToArray();

        Assert.Equal(SeedDeploymentFindings, actual.Where(IsDeploymentRule).ToArray());
        Assert.Empty(SeedSingleFileFindings.Except(actual));
    }

    private static bool IsDeploymentRule(string finding) =>
        System.Text.RegularExpressions.Regex.IsMatch(finding, @"^RF(4\d{3}|11[0-4]\d) ");

    [Fact]
    public void Both_deployments_are_held_to_the_strict_profile()
    {
        foreach (var folder in new[] { "examples/redfire-seed", "examples/redfire" })
            Assert.Equal(Catalog.RuleProfile.Strict, ConfigurationResolver.Resolve(new ConfigurationRequest(RepositoryRoot, [folder])).Profile);
    }

    [Fact]
    public void The_corrected_deployment_reports_nothing()
    {
        var diagnostics = LintToJson("examples/redfire");

        Assert.True(diagnostics.Length == 0, string.Join("\n", diagnostics.Select(d => $"{d["ruleId"]} {d["file"]}:{d["line"]} {d["message"]}")));
    }

    [Fact]
    public void The_specimen_never_shows_a_secret_from_its_env_file()
    {
        var json = LintToJsonText("examples/redfire-seed");

        Assert.DoesNotContain("secure_db_password", json);
        Assert.DoesNotContain("super_secure_jwt_key", json);
        Assert.DoesNotContain("influx_api_token", json);
    }

    private static JObject[] LintToJson(string folder) =>
        ((JArray)JObject.Parse(LintToJsonText(folder))["diagnostics"]!).Cast<JObject>().ToArray();

    private static string LintToJsonText(string folder)
    {
        var configuration = ConfigurationResolver.Resolve(new ConfigurationRequest(RepositoryRoot, [folder]));
        var sources = SourceDiscovery.Discover([folder], RepositoryRoot, configuration.Files);
        var result = Linter.Run(new LintRequest(sources) { WorkingDirectory = RepositoryRoot, Configuration = configuration });
        var output = new StringWriter { NewLine = "\n" };
        new JsonReportWriter().Write(new LintReport(result.Diagnostics) { WorkingDirectory = RepositoryRoot, ToolVersion = "0.0.0" }, output);
        return output.ToString();
    }
}

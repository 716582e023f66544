using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using RedFire.Lint.Catalog;
using Xunit;

namespace RedFire.Lint.Analyzers.Tests;

public class DeploymentAnalyzerTests
{
    private const string ServiceConfig = """
        namespace RedFire.Config;

        public static class ServiceConfig
        {
            public const int UserTradingPort = 8001;
        }
        """;

    [Fact]
    public Task Findings_located_in_deployment_files_are_left_to_the_build_task() =>
        DeploymentAnalyzerTest.VerifyAsync(new DeploymentAnalyzerTest()
            .WithSource("config/ServiceConfig.cs", ServiceConfig)
            .WithDeploymentFile("deploy/.env", "OK=1\nINVALID LINE\n")
            .WithDeploymentFile("deploy/Dockerfile", "FROM alpine\0\n"));

    [Fact]
    public Task Nothing_happens_without_a_ports_class() =>
        DeploymentAnalyzerTest.VerifyAsync(new DeploymentAnalyzerTest()
            .WithSource("Program.cs", "public static class Program { public const int Port = 1; }")
            .WithDeploymentFile("deploy/compose.yaml", "services:\n  api:\n    image: api:1\n"));

    [Fact]
    public Task Broken_deployment_files_never_crash_the_analyzer() =>
        DeploymentAnalyzerTest.VerifyAsync(new DeploymentAnalyzerTest()
            .WithSource("config/ServiceConfig.cs", ServiceConfig)
            .WithDeploymentFile("compose.yaml", "services: [\n  {{{: &a *a\n\t- ]\n")
            .WithDeploymentFile("nginx/nginx.conf", "http { server { listen 80; location / { proxy_pass http://x:\n")
            .WithDeploymentFile("Dockerfile", "FROM --platform=$X \\\nRUN <<EOF\n"));

    [Fact]
    public void Every_rule_of_the_catalogue_has_a_descriptor_with_its_metadata()
    {
        var descriptors = new DeploymentAnalyzer().SupportedDiagnostics.ToDictionary(d => d.Id);
        foreach (var rule in RuleCatalog.Default.Rules)
        {
            var descriptor = descriptors[rule.Id];
            Assert.Equal(rule.Title, descriptor.Title.ToString());
            Assert.Equal(rule.HelpUri, descriptor.HelpLinkUri);
            Assert.Equal(rule.Category, descriptor.Category);
            Assert.Equal(rule.DefaultSeverity != Findings.Severity.None, descriptor.IsEnabledByDefault);
        }
        Assert.Equal(DiagnosticSeverity.Error, descriptors["RF0000"].DefaultSeverity);
    }
}

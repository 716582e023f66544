using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
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
    public Task Contradicted_port_member_is_reported_on_its_value_with_every_deployment_place() =>
        DeploymentAnalyzerTest.VerifyAsync(new DeploymentAnalyzerTest()
                .WithSource("config/ServiceConfig.cs", """
                    namespace RedFire.Config;

                    public static class ServiceConfig
                    {
                        private const int BasePort = 8000;
                        public const int VnpyCorePort = {|#0:BasePort + 6|};
                        public const int GatewayPort = 8004;
                    }
                    """)
                .WithDeploymentFile("deploy/docker-compose.yml", """
                    services:
                      vnpy-core:
                        image: redfire/vnpy-core:1.0
                        environment: [SERVICE_PORT={|#1:8060|}]
                        command: ["uvicorn", "main:app", "--port", {|#2:"8016"|}]
                      gateway:
                        image: redfire/gateway:1.0
                        environment: [SERVICE_PORT=8004]
                    """),
            new DiagnosticResult("RF4004", DiagnosticSeverity.Warning)
                .WithLocation(0).WithLocation(1).WithLocation(2)
                .WithMessage("VnpyCorePort is 8006, but the deployment of service vnpy-core says otherwise in 2 places: "
                    + "deploy/docker-compose.yml:4 (environment SERVICE_PORT) says 8060; deploy/docker-compose.yml:5 (the command's port option) says 8016."));

    [Fact]
    public Task Config_file_among_the_AdditionalFiles_names_the_ports_class_and_sets_severities() =>
        DeploymentAnalyzerTest.VerifyAsync(new DeploymentAnalyzerTest()
                .WithSource("config/Ports.cs", """
                    public static class Ports
                    {
                        public const int VnpyCorePort = {|#0:8006|};
                    }
                    """)
                .WithDeploymentFile(".redfire-lint.json", """
                    { "policy": { "portsClassName": "Ports" }, "rules": { "RF4004": { "severity": "error" } } }
                    """)
                .WithDeploymentFile("docker-compose.yml", """
                    services:
                      vnpy-core:
                        image: redfire/vnpy-core:1.0
                        environment: [SERVICE_PORT={|#1:8060|}]
                    """),
            new DiagnosticResult("RF4004", DiagnosticSeverity.Error).WithLocation(0).WithLocation(1));

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

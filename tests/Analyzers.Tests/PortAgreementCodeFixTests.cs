using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Testing;
using RedFire.Lint.Analyzers.CodeFixes;
using Xunit;

namespace RedFire.Lint.Analyzers.Tests;

public class PortAgreementCodeFixTests
{
    private const string Root = DeploymentAnalyzerTest.Root;

    private static string ServiceConfig(string value) => $$"""
        namespace RedFire.Config;

        public static class ServiceConfig
        {
            private const int BasePort = 8000;
            public const int VnpyCorePort = {{value}};
        }
        """;

    private static string Compose(string environmentPort, string commandPort) => $$"""
        services:
          vnpy-core:
            image: redfire/vnpy-core:1.0
            environment: [SERVICE_PORT={{environmentPort}}]
            command: ["uvicorn", "main:app", "--port", {{commandPort}}]
        """;

    private static CSharpCodeFixTest<DeploymentAnalyzer, PortAgreementCodeFixProvider, DefaultVerifier> Test(string equivalenceKey)
    {
        var test = new CSharpCodeFixTest<DeploymentAnalyzer, PortAgreementCodeFixProvider, DefaultVerifier>
        {
            ReferenceAssemblies = ReferenceAssemblies.Net.Net80,
            CompilerDiagnostics = CompilerDiagnostics.Warnings,
            CodeActionEquivalenceKey = equivalenceKey,
        };
        test.TestState.AnalyzerConfigFiles.Add(("/.globalconfig",
            $"is_global = true\nbuild_property._RedFireLintRoot = {Root}\ndotnet_diagnostic.CS1591.severity = none\n"));
        return test;
    }

    [Fact]
    public Task Deployment_is_made_to_agree_with_the_member_at_every_place()
    {
        var test = Test("RedFireLint.PortIntoDeployment");
        test.TestState.Sources.Add((Root + "config/ServiceConfig.cs", ServiceConfig("{|#0:BasePort + 6|}")));
        test.TestState.AdditionalFiles.Add((Root + "deploy/docker-compose.yml", Compose("{|#1:8060|}", "{|#2:\"8016\"|}")));
        test.TestState.ExpectedDiagnostics.Add(new DiagnosticResult("RF4004", DiagnosticSeverity.Warning).WithLocation(0).WithLocation(1).WithLocation(2));

        test.FixedState.Sources.Add((Root + "config/ServiceConfig.cs", ServiceConfig("BasePort + 6")));
        test.FixedState.AdditionalFiles.Add((Root + "deploy/docker-compose.yml", Compose("8006", "\"8006\"")));
        return test.RunAsync(CancellationToken.None);
    }

    [Fact]
    public Task Member_is_made_to_agree_when_every_place_states_the_same_port()
    {
        var test = Test("RedFireLint.PortIntoMember");
        test.TestState.Sources.Add((Root + "config/ServiceConfig.cs", ServiceConfig("{|#0:BasePort + 6|}")));
        test.TestState.AdditionalFiles.Add((Root + "deploy/docker-compose.yml", Compose("{|#1:8060|}", "{|#2:\"8060\"|}")));
        test.TestState.ExpectedDiagnostics.Add(new DiagnosticResult("RF4004", DiagnosticSeverity.Warning).WithLocation(0).WithLocation(1).WithLocation(2));

        test.FixedState.Sources.Add((Root + "config/ServiceConfig.cs", ServiceConfig("8060")));
        test.FixedState.AdditionalFiles.Add((Root + "deploy/docker-compose.yml", Compose("8060", "\"8060\"")));
        return test.RunAsync(CancellationToken.None);
    }

    /// <summary>A .NET service whose ASP.NET Core setting states its port.</summary>
    private static string AspNetCompose(string setting) => $$"""
        services:
          vnpy-core:
            image: redfire/vnpy-core:1.0
            {{setting}}
        """;

    [Theory]
    [InlineData("environment: [ASPNETCORE_HTTP_PORTS={|#1:8060|}]")]
    [InlineData("environment: { ASPNETCORE_HTTPS_PORTS: {|#1:\"8060\"|} }")]
    [InlineData("environment: [\"ASPNETCORE_URLS={|#1:http://+:8060|}\"]")]
    [InlineData("environment: { Kestrel__Endpoints__Http__Url: {|#1:\"http://0.0.0.0:8060\"|} }")]
    [InlineData("command: [\"dotnet\", \"VnpyCore.dll\", \"--urls\", {|#1:\"http://*:8060\"|}]")]
    public Task Member_is_made_to_agree_with_an_ASP_NET_Core_port_setting(string markedSetting)
    {
        var test = Test("RedFireLint.PortIntoMember");
        test.TestState.Sources.Add((Root + "config/ServiceConfig.cs", ServiceConfig("{|#0:BasePort + 6|}")));
        test.TestState.AdditionalFiles.Add((Root + "deploy/docker-compose.yml", AspNetCompose(markedSetting)));
        test.TestState.ExpectedDiagnostics.Add(new DiagnosticResult("RF4004", DiagnosticSeverity.Warning).WithLocation(0).WithLocation(1));

        test.FixedState.Sources.Add((Root + "config/ServiceConfig.cs", ServiceConfig("8060")));
        test.FixedState.AdditionalFiles.Add((Root + "deploy/docker-compose.yml", AspNetCompose(markedSetting.Replace("{|#1:", "").Replace("|}", ""))));
        return test.RunAsync(CancellationToken.None);
    }

    /// <summary>With several ports (ASPNETCORE_URLS=http://+:8060;https://+:8443) the first is rewritten: one agreeing is enough.</summary>
    [Theory]
    [InlineData("environment: [ASPNETCORE_HTTP_PORTS={|#1:8060|}]", "environment: [ASPNETCORE_HTTP_PORTS=8006]")]
    [InlineData("environment: { ASPNETCORE_URLS: {|#1:\"http://+:8060;https://+:8443\"|} }", "environment: { ASPNETCORE_URLS: \"http://+:8006;https://+:8443\" }")]
    public Task Deployment_is_made_to_agree_in_an_ASP_NET_Core_port_setting(string markedSetting, string fixedSetting)
    {
        var test = Test("RedFireLint.PortIntoDeployment");
        test.TestState.Sources.Add((Root + "config/ServiceConfig.cs", ServiceConfig("{|#0:BasePort + 6|}")));
        test.TestState.AdditionalFiles.Add((Root + "deploy/docker-compose.yml", AspNetCompose(markedSetting)));
        test.TestState.ExpectedDiagnostics.Add(new DiagnosticResult("RF4004", DiagnosticSeverity.Warning).WithLocation(0).WithLocation(1));

        test.FixedState.Sources.Add((Root + "config/ServiceConfig.cs", ServiceConfig("BasePort + 6")));
        test.FixedState.AdditionalFiles.Add((Root + "deploy/docker-compose.yml", AspNetCompose(fixedSetting)));
        return test.RunAsync(CancellationToken.None);
    }

    [Fact]
    public Task Member_is_left_alone_when_a_setting_lists_several_ports()
    {
        var test = Test("RedFireLint.PortIntoMember");
        var source = ServiceConfig("{|#0:BasePort + 6|}");
        var compose = AspNetCompose("environment: [ASPNETCORE_HTTP_PORTS={|#1:8060;8061|}]");
        test.TestState.Sources.Add((Root + "config/ServiceConfig.cs", source));
        test.TestState.AdditionalFiles.Add((Root + "deploy/docker-compose.yml", compose));
        test.TestState.ExpectedDiagnostics.Add(new DiagnosticResult("RF4004", DiagnosticSeverity.Warning).WithLocation(0).WithLocation(1));
        test.FixedState.Sources.Add((Root + "config/ServiceConfig.cs", source));
        test.FixedState.AdditionalFiles.Add((Root + "deploy/docker-compose.yml", compose));
        test.FixedState.ExpectedDiagnostics.Add(new DiagnosticResult("RF4004", DiagnosticSeverity.Warning).WithLocation(0).WithLocation(1));
        return test.RunAsync(CancellationToken.None);
    }

    [Fact]
    public Task Member_is_left_alone_when_the_places_disagree_among_themselves()
    {
        // Only the deployment-side fix is offered; asking for the member-side one changes nothing.
        var test = Test("RedFireLint.PortIntoMember");
        var source = ServiceConfig("{|#0:BasePort + 6|}");
        var compose = Compose("{|#1:8060|}", "{|#2:\"8016\"|}");
        test.TestState.Sources.Add((Root + "config/ServiceConfig.cs", source));
        test.TestState.AdditionalFiles.Add((Root + "deploy/docker-compose.yml", compose));
        test.TestState.ExpectedDiagnostics.Add(new DiagnosticResult("RF4004", DiagnosticSeverity.Warning).WithLocation(0).WithLocation(1).WithLocation(2));
        test.FixedState.Sources.Add((Root + "config/ServiceConfig.cs", source));
        test.FixedState.AdditionalFiles.Add((Root + "deploy/docker-compose.yml", compose));
        test.FixedState.ExpectedDiagnostics.Add(new DiagnosticResult("RF4004", DiagnosticSeverity.Warning).WithLocation(0).WithLocation(1).WithLocation(2));
        return test.RunAsync(CancellationToken.None);
    }
}

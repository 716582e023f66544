using System.Linq;
using RedFire.Lint.CSharp;
using RedFire.Lint.Policy;
using RedFire.Lint.Sources;
using RedFire.Lint.Tests.Infrastructure;
using Xunit;

namespace RedFire.Lint.Tests.CSharp;

public class PortsClassLoaderTests
{
    private static PortsClass Single(params (string Path, string Text)[] files) =>
        Assert.Single(RuleTest.Lint(files).Models.Get<PortsClass>());

    private static string At(Location location) => $"{location.File}({location.Line},{location.Column},{location.EndLine},{location.EndColumn})";

    [Fact]
    public void Reads_every_form_of_port_member_with_its_value_evaluated()
    {
        var ports = Single(("config/ServiceConfig.cs", """
            namespace RedFire;
            public class ServiceConfig
            {
                private const int BasePort = 8000;
                public const int VnpyCorePort = BasePort + 6;
                public static readonly int UserTradingPort = BasePort + 1;
                public int StrategyDataPort { get; set; } = 8002;
                public int GatewayPort { get; set; } = Offset + BasePort + 2;
                public int MonitorPort => (int)(UserTradingPort + 4L);
                private const int Offset = 2;
                public const string Name = "not a port";
            }
            """));

        Assert.Equal("ServiceConfig", ports.Name);
        Assert.Equal("RedFire.ServiceConfig", ports.FullName);
        Assert.Equal(
            new[] { "VnpyCorePort=8006 Const", "UserTradingPort=8001 StaticReadOnlyField", "StrategyDataPort=8002 Property", "GatewayPort=8004 Property", "MonitorPort=8005 Property" },
            ports.Members.Select(m => $"{m.Name}={m.Value} {m.Kind}"));
    }

    [Fact]
    public void Locates_the_member_name_and_the_value_expression()
    {
        var (text, spans) = Markup.Parse("""
            public static class ServiceConfig
            {
                private const int BasePort = 8000;
                public const int [|GatewayPort|] = [|BasePort + 4|];
                public static int [|MonitorPort|] { get; } = [|8005|];
            }
            """);
        var ports = Single(("src/ServiceConfig.cs", text));

        var expected = spans.Select(s => $"src/ServiceConfig.cs({s.Line},{s.Column},{s.EndLine},{s.EndColumn})").ToArray();
        Assert.Equal(expected, ports.Members.SelectMany(m => new[] { At(m.NameLocation), At(m.ValueLocation) }));
    }

    [Fact]
    public void Reads_the_compose_service_attribute_by_name_whatever_its_namespace()
    {
        var (text, spans) = Markup.Parse("""
            using System;
            namespace Ports
            {
                public sealed class ComposeServiceAttribute : Attribute { public ComposeServiceAttribute(string name) { } }
                public static class Names { public const string Monitor = "monitor-service"; }
                public class ServiceConfig
                {
                    [ComposeService([|"gateway-adapter"|])] public const int GatewayPort = 8004;
                    [Ports.ComposeServiceAttribute([|Names.Monitor|])] public const int Alerts = 8005;
                    public const int VnpyCorePort = 8006;
                }
            }
            """);
        var ports = Single(("ServiceConfig.cs", text));

        Assert.Equal(new[] { "GatewayPort gateway-adapter", "Alerts monitor-service", "VnpyCorePort " },
            ports.Members.Select(m => $"{m.Name} {m.ComposeService}"));
        Assert.Equal(spans.Select(s => $"ServiceConfig.cs({s.Line},{s.Column},{s.EndLine},{s.EndColumn})"),
            ports.Members.Where(m => m.ComposeServiceLocation is not null).Select(m => At(m.ComposeServiceLocation!.Value)));
    }

    [Fact]
    public void Merges_a_partial_class_across_files_and_follows_references_between_them()
    {
        var ports = Single(
            ("a/ServiceConfig.cs", "public partial class ServiceConfig { public const int BasePort = 8000; }"),
            ("b/ServiceConfig.Ports.cs", "public partial class ServiceConfig { public static readonly int UserTradingPort = Shared.Offset + BasePort; }"),
            ("c/Shared.cs", "// mentions ServiceConfig\npublic static class Shared { public const int Offset = 1; }"));

        Assert.Equal(new[] { "BasePort=8000 a/ServiceConfig.cs", "UserTradingPort=8001 b/ServiceConfig.Ports.cs" },
            ports.Members.Select(m => $"{m.Name}={m.Value} {m.NameLocation.File}"));
    }

    [Fact]
    public void Skips_members_that_are_not_fixed_numbers()
    {
        var ports = Single(("ServiceConfig.cs", """
            public class ServiceConfig
            {
                public static readonly int GatewayPort = int.Parse(System.Environment.GetEnvironmentVariable("PORT") ?? "1");
                public int MonitorPort { get; set; }
                public static readonly int Loop1Port = Loop2Port + 1;
                public static readonly int Loop2Port = Loop1Port + 1;
                public const int DivPort = 1 / 0;
                public const int VnpyCorePort = 8006;
            }
            """));

        Assert.Equal(new[] { "VnpyCorePort" }, ports.Members.Select(m => m.Name));
    }

    [Fact]
    public void Honours_the_configured_class_name_and_ignores_other_classes()
    {
        var configuration = LintConfiguration.Default with { Policy = LintPolicy.Default with { PortsClassName = "Ports" } };
        var result = RuleTest.Lint(configuration,
            ("Ports.cs", "public class Ports { public const int GatewayPort = 8004; }"),
            ("ServiceConfig.cs", "public class ServiceConfig { public const int GatewayPort = 9; }"));

        var ports = Assert.Single(result.Models.Get<PortsClass>());
        Assert.Equal("Ports", ports.Name);
        Assert.Equal(8004, Assert.Single(ports.Members).Value);
    }

    [Fact]
    public void Broken_or_hostile_csharp_never_throws()
    {
        var deep = "public class ServiceConfig { public const int DeepPort = " + string.Concat(Enumerable.Repeat("(1 + ", 5000)) + "1" + new string(')', 5000) + "; }";
        var result = RuleTest.Lint(
            ("Broken.cs", "public class ServiceConfig { public const int GatewayPort = ; public int"),
            ("Deep/ServiceConfig.cs", deep));

        Assert.DoesNotContain(result.Diagnostics, d => d.RuleId == Rules.RuleIds.InternalError);
    }
}

using System.Linq;
using RedFire.Lint.Rules;
using RedFire.Lint.Tests.Infrastructure;
using Xunit;

namespace RedFire.Lint.Tests.Deployment;

/// <summary>RF4001-RF4003: every place that states a service's port agrees with the C# ports class.</summary>
public class PortRuleTests
{
    private const string Ports = """
        namespace RedFire.Config;
        public static class ServiceConfig
        {
            private const int BasePort = 8000;
            public const int VnpyCorePort = BasePort + 6;
            public static readonly int GatewayPort = BasePort + 4;
        }
        """;

    [Fact]
    public void Each_disagreeing_place_is_reported_with_the_csharp_truth()
    {
        var diagnostics = RuleTest.Flags(RuleIds.PortDisagreesWithPortsClass,
            ("config/ServiceConfig.cs", Ports),
            ("deploy/docker-compose.yml", """
                services:
                  vnpy-core:
                    build:
                      context: ../app
                    environment:
                      SERVICE_PORT: [|8060|]
                    expose:
                      - [|"8000"|]
                  gateway-adapter:
                    image: redfire/gateway:1.0
                    environment:
                      SERVICE_NAME: gateway
                    command: uvicorn main:app --host 0.0.0.0 --port [|8044|]
                    healthcheck:
                      test: ["CMD-SHELL", "curl -f [|http://localhost:8040/health|]"]
                  api-gateway:
                    image: nginx:1.27-alpine
                    ports:
                      - "80:80"
                    volumes:
                      - ./nginx.conf:/etc/nginx/conf.d/default.conf:ro
                """),
            ("deploy/nginx.conf", """
                upstream vnpy_core {
                    server [|vnpy-core:8016|];
                }
                server {
                    listen 80;
                    location /api/ { proxy_pass http://vnpy_core; }
                    location /gw/ { proxy_pass [|http://gateway-adapter:8005|]; }
                }
                """),
            ("app/Dockerfile", """
                FROM python:3.11-slim
                EXPOSE [|8007|]
                HEALTHCHECK CMD ["python", "-c", "import urllib.request; urllib.request.urlopen('http://localhost:8006/health')"]
                CMD ["uvicorn", "main:app", "--port", [|"8066"|]]
                """));

        var first = diagnostics.Single(d => d.Location.File == "deploy/docker-compose.yml" && d.Location.Line == 6);
        Assert.Contains("says port 8060", first.Message);
        Assert.Contains("ServiceConfig.VnpyCorePort (matched by name, config/ServiceConfig.cs:5) says 8006", first.Message);
        Assert.Equal("Use 8006 here, or change VnpyCorePort if the code is what is wrong.", first.Help);
        var truth = Assert.Single(first.Related);
        Assert.Equal(("config/ServiceConfig.cs", 5, 37), (truth.Location.File, truth.Location.Line, truth.Location.Column));
    }

    [Fact]
    public void Agreeing_places_pass_and_groups_need_only_one_match()
    {
        RuleTest.Passes(RuleIds.PortDisagreesWithPortsClass,
            ("config/ServiceConfig.cs", Ports),
            ("deploy/docker-compose.yml", """
                services:
                  vnpy-core:
                    build: ../app
                    environment:
                      SERVICE_PORT: "8006"
                    expose: ["8006", "9100"]
                  gateway-adapter:
                    image: redfire/gateway:1.0
                    environment:
                      - SERVICE_NAME=gateway
                      - PORT=8004
                    command: ["gunicorn", "-b", "0.0.0.0:8004", "main:app"]
                """),
            ("app/Dockerfile", """
                FROM python:3.11-slim
                EXPOSE 8006 9100
                HEALTHCHECK CMD curl -f http://localhost:8006/health || exit 1
                CMD uvicorn main:app --port 8006
                """));
    }

    [Fact]
    public void Aspnet_core_port_settings_are_ports_of_the_service()
    {
        RuleTest.Flags(RuleIds.PortDisagreesWithPortsClass,
            ("config/ServiceConfig.cs", Ports),
            ("deploy/docker-compose.yml", """
                services:
                  vnpy-core:
                    image: redfire/vnpy-core:1.0
                    environment:
                      ASPNETCORE_HTTP_PORTS: [|"8080"|]
                  gateway-adapter:
                    image: redfire/gateway:1.0
                    environment:
                      - ASPNETCORE_URLS=[|http://+:8081;https://+:8443|]
                      - SERVICE_NAME=gateway
                """));
        RuleTest.Passes(RuleIds.PortDisagreesWithPortsClass,
            ("config/ServiceConfig.cs", Ports),
            ("deploy/docker-compose.yml", """
                services:
                  vnpy-core:
                    image: redfire/vnpy-core:1.0
                    environment:
                      ASPNETCORE_URLS: "http://+:8006;https://+:8443"
                      Kestrel__Endpoints__Http__Url: http://0.0.0.0:8006
                  gateway-adapter:
                    image: redfire/gateway:1.0
                    environment:
                      - SERVICE_NAME=gateway
                    command: ["dotnet", "Gateway.dll", "--urls", "http://+:8004"]
                """));
    }

    [Fact]
    public void Proxy_pass_to_an_upstream_named_after_the_service_takes_the_upstream_servers_port()
    {
        const string compose = """
            services:
              vnpy-core:
                image: redfire/vnpy-core:1.0
                expose: ["8006"]
              api-gateway:
                image: nginx:1.27-alpine
                ports: ["80:80"]
                volumes:
                  - ./nginx.conf:/etc/nginx/conf.d/default.conf:ro
            """;
        RuleTest.Passes(RuleIds.PortDisagreesWithPortsClass,
            ("config/ServiceConfig.cs", Ports),
            ("deploy/docker-compose.yml", compose),
            ("deploy/nginx.conf", "upstream vnpy-core {\n    server vnpy-core:8006;\n}\nserver {\n    listen 80;\n    location / { proxy_pass http://vnpy-core; }\n}\n"));
        RuleTest.Flags(RuleIds.PortDisagreesWithPortsClass,
            ("config/ServiceConfig.cs", Ports),
            ("deploy/docker-compose.yml", compose),
            ("deploy/nginx.conf", "upstream vnpy-core {\n    server [|vnpy-core:8001|];\n}\nserver {\n    listen 80;\n    location / { proxy_pass http://vnpy-core; }\n}\n"));
    }

    [Fact]
    public void The_contradicted_member_is_reported_once_on_its_value_with_every_place()
    {
        var diagnostics = RuleTest.Flags(RuleIds.PortsClassMemberContradicted,
            ("config/ServiceConfig.cs", """
                public static class ServiceConfig
                {
                    public const int VnpyCorePort = [|8006|];
                    public const int GatewayPort = 8004;
                }
                """),
            ("docker-compose.yml", """
                services:
                  vnpy-core:
                    image: redfire/vnpy-core:1.0
                    environment: [SERVICE_PORT=8060]
                    command: ["uvicorn", "main:app", "--port", "8016"]
                  gateway:
                    image: redfire/gateway:1.0
                    environment: [SERVICE_PORT=8004]
                """));

        Assert.Equal(2, diagnostics[0].Related.Count);
        Assert.Contains("in 2 places", diagnostics[0].Message);
    }

    [Fact]
    public void Members_the_deployment_agrees_with_are_not_reported()
    {
        RuleTest.Passes(RuleIds.PortsClassMemberContradicted,
            ("config/ServiceConfig.cs", "public static class ServiceConfig { public const int VnpyCorePort = 8006; }"),
            ("docker-compose.yml", """
                services:
                  vnpy-core:
                    image: redfire/vnpy-core:1.0
                    environment: [SERVICE_PORT=8006]
                """));
    }

    [Fact]
    public void A_member_without_a_service_is_reported_at_its_name()
    {
        RuleTest.Flags(RuleIds.PortMemberWithoutService,
            ("config/ServiceConfig.cs", """
                public static class ServiceConfig
                {
                    public const int VnpyCorePort = 8006;
                    public const int [|BillingPort|] = 8010;
                    [ComposeService("monitor")] public const int [|AlertsPort|] = 8005;
                }
                """),
            ("docker-compose.yml", """
                services:
                  vnpy-core:
                    image: redfire/vnpy:1.0
                """));
    }

    [Fact]
    public void Members_matched_by_attribute_service_name_variable_or_name_pass()
    {
        RuleTest.Passes(RuleIds.PortMemberWithoutService,
            ("config/ServiceConfig.cs", """
                public static class ServiceConfig
                {
                    public const int VnpyCorePort = 8006;
                    public const int GatewayPort = 8004;
                    [ComposeService("monitor-service")] public const int AlertsPort = 8005;
                }
                """),
            ("docker-compose.yml", """
                services:
                  vnpy_core:
                    image: redfire/vnpy:1.0
                  gateway-adapter:
                    image: redfire/gateway:1.0
                    environment: [SERVICE_NAME=gateway]
                  monitor-service:
                    image: redfire/monitor:1.0
                """));
    }

    [Fact]
    public void A_built_service_stating_a_port_without_a_member_is_reported()
    {
        RuleTest.Flags(RuleIds.ServiceWithoutPortMember,
            ("config/ServiceConfig.cs", "public static class ServiceConfig { public const int VnpyCorePort = 8006; }"),
            ("docker-compose.yml", """
                services:
                  vnpy-core:
                    build: ./app
                    environment: [SERVICE_PORT=8006]
                  [|billing|]:
                    build: ./app
                    environment: [SERVICE_PORT=8010]
                  postgres:
                    image: postgres:15-alpine
                    expose: ["5432"]
                """),
            ("app/Dockerfile", "FROM python:3.11-slim\nUSER 1000\nCMD [\"python\", \"main.py\"]\n"));
    }

    [Fact]
    public void Without_a_ports_class_or_with_every_port_covered_nothing_is_reported()
    {
        RuleTest.Passes(RuleIds.ServiceWithoutPortMember,
            ("docker-compose.yml", """
                services:
                  billing:
                    build: ./app
                    environment: [SERVICE_PORT=8010]
                """),
            ("app/Dockerfile", "FROM python:3.11-slim\nCMD [\"python\", \"main.py\"]\n"));
    }

    [Fact]
    public void Each_compose_project_is_checked_against_the_nearest_ports_class()
    {
        RuleTest.Passes(RuleIds.PortDisagreesWithPortsClass,
            ("a/config/ServiceConfig.cs", "public static class ServiceConfig { public const int VnpyCorePort = 8006; }"),
            ("a/deploy/docker-compose.yml", "services:\n  vnpy-core:\n    image: redfire/vnpy:1.0\n    environment: [SERVICE_PORT=8006]\n"),
            ("b/config/ServiceConfig.cs", "public static class ServiceConfig { public const int VnpyCorePort = 9006; }"),
            ("b/deploy/docker-compose.yml", "services:\n  vnpy-core:\n    image: redfire/vnpy:1.0\n    environment: [SERVICE_PORT=9006]\n"));
    }
}

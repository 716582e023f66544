using RedFire.Lint.Rules;
using RedFire.Lint.Tests.Infrastructure;
using Xunit;

namespace RedFire.Lint.Tests.Deployment;

/// <summary>RF4030-RF4032: the gateway's nginx against the services, the published ports and its mount path.</summary>
public class GatewayRuleTests
{
    private const string Services = """
          vnpy-core:
            image: redfire/vnpy-core:1.0
          user-trading:
            image: redfire/user-trading:1.0
        """;

    private static (string, string) Compose(string ports, string mount) => ("deploy/docker-compose.yml", $$"""
        services:
          api-gateway:
            image: nginx:1.27-alpine
            ports: {{ports}}
            volumes:
              - {{mount}}
        {{Services}}
        """);

    [Fact]
    public void Upstream_servers_and_proxy_pass_hosts_that_are_not_services_are_flagged()
    {
        RuleTest.Flags(RuleIds.GatewayUnknownHost,
            Compose("[\"80:80\"]", "./nginx.conf:/etc/nginx/conf.d/default.conf:ro"),
            ("deploy/nginx.conf", """
                upstream trading {
                    server [|user-trade:8001|];
                    server vnpy-core:8006;
                }
                server {
                    listen 80;
                    location /a/ { proxy_pass http://trading; }
                    location /b/ { proxy_pass [|http://monitor:8005|]; }
                    location /c/ { proxy_pass http://api.example.com; }
                }
                """));
    }

    [Fact]
    public void Known_services_upstreams_and_external_hosts_pass()
    {
        RuleTest.Passes(RuleIds.GatewayUnknownHost,
            Compose("[\"80:80\"]", "./nginx.conf:/etc/nginx/conf.d/default.conf:ro"),
            ("deploy/nginx.conf", """
                upstream trading { server user-trading:8001; }
                server {
                    listen 80;
                    location /a/ { proxy_pass http://trading; }
                    location /b/ { proxy_pass http://vnpy-core:8006; }
                    location /c/ { proxy_pass https://10.0.0.5:8443; }
                }
                """));
    }

    [Fact]
    public void Published_ports_need_listeners_and_443_needs_ssl()
    {
        RuleTest.Flags(RuleIds.PublishedPortWithoutListener,
            Compose("[\"80:80\", \"443:[|443|]\", \"9000:[|9000|]\"]", "./nginx.conf:/etc/nginx/conf.d/default.conf:ro"),
            ("deploy/nginx.conf", """
                server {
                    listen 80;
                    listen 8443;
                }
                server {
                    listen 443;
                }
                """));
    }

    [Fact]
    public void Every_published_port_with_a_listener_passes()
    {
        RuleTest.Passes(RuleIds.PublishedPortWithoutListener,
            Compose("[\"80:8080\", \"443:8443\"]", "./nginx.conf:/etc/nginx/conf.d/default.conf:ro"),
            ("deploy/nginx.conf", """
                server { listen 8080; }
                server {
                    listen 8443 ssl;
                    ssl_certificate /run/secrets/cert;
                    ssl_certificate_key /run/secrets/key;
                }
                """));
    }

    [Fact]
    public void Http_blocks_mounted_as_the_main_nginx_conf_are_flagged()
    {
        var diagnostics = RuleTest.Flags(RuleIds.NginxDirectiveInWrongContext,
            Compose("[\"80:80\"]", "./nginx/nginx.conf:/etc/nginx/nginx.conf:ro"),
            ("deploy/nginx/nginx.conf", """
                [|[|upstream|]|] vnpy_core {
                    server vnpy-core:8006;
                }
                [|server|] {
                    listen 80;
                    location / { proxy_pass http://vnpy_core; }
                }
                """));

        Assert.Contains(diagnostics, d => d.Message.Contains("no events { } block"));
    }

    [Fact]
    public void The_same_blocks_in_conf_d_or_inside_http_pass()
    {
        const string blocks = """
            upstream vnpy_core { server vnpy-core:8006; }
            server { listen 80; location / { proxy_pass http://vnpy_core; } }
            """;
        RuleTest.Passes(RuleIds.NginxDirectiveInWrongContext,
            Compose("[\"80:80\"]", "./nginx/default.conf:/etc/nginx/conf.d/default.conf:ro"),
            ("deploy/nginx/default.conf", blocks));
        RuleTest.Passes(RuleIds.NginxDirectiveInWrongContext,
            Compose("[\"80:80\"]", "./nginx/nginx.conf:/etc/nginx/nginx.conf:ro"),
            ("deploy/nginx/nginx.conf", "events {}\nhttp {\n" + blocks + "\n}\n"));
    }
}

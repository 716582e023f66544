using System.Linq;
using RedFire.Lint.Rules;
using RedFire.Lint.Tests.Infrastructure;
using Xunit;

namespace RedFire.Lint.Tests.Nginx;

public class NginxDirectiveNotAllowedHereTests
{
    [Fact]
    public void Upstream_at_the_top_of_a_main_configuration_is_reported()
    {
        var found = RuleTest.Flags(RuleIds.NginxDirectiveNotAllowedHere, ("nginx/nginx.conf",
            "worker_processes auto;\nevents { worker_connections 1024; }\n[|upstream|] app { server app:8080; }\nhttp {\n    server { listen 80; [|proxy_pass|] http://app; }\n}\n"));
        Assert.Contains("because it is a main nginx configuration (it has 'worker_processes' at its top level)", found[0].Message);
        Assert.Contains("It is valid in: http, stream", found[0].Message);
        Assert.Contains("inside 'server' (server context)", found[1].Message);
    }

    [Fact]
    public void Conf_d_file_is_read_inside_http() =>
        RuleTest.Flags(RuleIds.NginxDirectiveNotAllowedHere, ("nginx/conf.d/default.conf",
            "[|events|] {}\nupstream app { server app:8080; }\nserver {\n    listen 80;\n    location / {\n        [|listen|] 81;\n        proxy_pass http://app;\n    }\n}\n[|location|] /x { return 404; }\n"));

    [Fact]
    public void Directives_in_an_included_file_take_the_include_context() =>
        RuleTest.Flags(RuleIds.NginxDirectiveNotAllowedHere,
            ("nginx/nginx.conf", "events {}\nhttp {\n    include snippets/*.conf;\n    server { listen 80; location / { include snippets/proxy.inc; } }\n}\n"),
            ("nginx/snippets/proxy.inc", "proxy_pass http://app:80;\nproxy_set_header Host $host;\n"),
            ("nginx/snippets/bad.conf", "[|worker_connections|] 10;\n"));

    [Fact]
    public void Server_blocks_at_the_top_of_a_file_named_nginx_conf_pass_as_a_conf_d_file() =>
        RuleTest.Passes(RuleIds.NginxDirectiveNotAllowedHere, ("nginx/nginx.conf",
            "upstream loadbalancer {\n  server web1:5000;\n  keepalive 16;\n}\nserver {\n  listen 80;\n  server_name localhost;\n  location / {\n    proxy_pass http://loadbalancer;\n  }\n}\n"));

    [Fact]
    public void Typical_main_configuration_passes() =>
        RuleTest.Passes(RuleIds.NginxDirectiveNotAllowedHere, ("nginx/nginx.conf",
            "user nginx;\nworker_processes auto;\nerror_log /var/log/nginx/error.log warn;\npid /var/run/nginx.pid;\nevents { worker_connections 1024; }\n" +
            "http {\n  include /etc/nginx/mime.types;\n  default_type application/octet-stream;\n  sendfile on;\n  server_tokens off;\n  gzip on;\n" +
            "  map $http_upgrade $connection_upgrade { default upgrade; '' close; }\n  limit_req_zone $binary_remote_addr zone=one:10m rate=1r/s;\n" +
            "  server {\n    listen 443 ssl;\n    ssl_certificate /c.pem;\n    if ($host != example.com) { return 444; }\n" +
            "    location /api/ {\n      limit_req zone=one;\n      proxy_pass http://api:8000;\n      proxy_set_header Upgrade $http_upgrade;\n" +
            "      if ($request_method = OPTIONS) { add_header X-A 1; return 204; }\n      limit_except GET { deny all; }\n    }\n" +
            "    location / { root /usr/share/nginx/html; try_files $uri /index.html; more_set_headers 'X: y'; }\n  }\n}\n" +
            "stream { server { listen 5432; proxy_pass db:5432; proxy_timeout 1m; } }\n"));
}

public class NginxProxyPassUnknownUpstreamTests
{
    [Fact]
    public void Misspelt_upstream_is_reported_with_a_suggestion()
    {
        var found = RuleTest.Flags(RuleIds.NginxProxyPassUnknownUpstream, ("nginx/nginx.conf",
            "upstream user_trading { server user-trading:8001; }\nupstream vnpy_core { server vnpy-core:8006; }\nserver {\n    listen 80;\n" +
            "    location /api/v1/auth/ { proxy_pass [|http://user_tradin|]; }\n    location /api/v1/trading/ { proxy_pass http://vnpy_core; }\n}\n"));
        Assert.Contains("Did you mean 'user_trading'?", found.Single().Message);
    }

    [Fact]
    public void Upstreams_of_other_conf_d_files_count() =>
        RuleTest.Flags(RuleIds.NginxProxyPassUnknownUpstream,
            ("nginx/conf.d/upstreams.conf", "upstream app { server app:8080; }\n"),
            ("nginx/conf.d/site.conf", "server { location / { proxy_pass http://app; } location /b { proxy_pass [|http://other/b|]; } }\n"));

    [Fact]
    public void Hosts_ports_variables_and_configs_without_upstreams_pass()
    {
        RuleTest.Passes(RuleIds.NginxProxyPassUnknownUpstream,
            ("nginx/conf.d/a.conf", "upstream app { server app:8080; }\nserver { location / { proxy_pass http://app/; }\n" +
                "location /b { proxy_pass http://backend:8000; } location /c { proxy_pass http://$upstream_host; }\n" +
                "location /d { proxy_pass https://api.example.com; } location /e { proxy_pass http://localhost; }\n" +
                "location /f { proxy_pass http://unix:/tmp/app.sock:/; } }\n"));
        RuleTest.Passes(RuleIds.NginxProxyPassUnknownUpstream,
            ("proxy/nginx.conf", "server { listen 80; location / { proxy_pass http://frontend; } }\n"));
    }
}

public class NginxListen443WithoutSslTests
{
    [Fact]
    public void Listen_443_without_ssl_is_reported() =>
        RuleTest.Flags(RuleIds.NginxListen443WithoutSsl, ("nginx/conf.d/site.conf",
            "server {\n    listen [|443|];\n    listen [|[::]:443|] default_server;\n    ssl_certificate /c.pem;\n}\n"));

    [Fact]
    public void Ssl_quic_legacy_ssl_on_and_stream_pass() =>
        RuleTest.Passes(RuleIds.NginxListen443WithoutSsl, ("nginx/nginx.conf",
            "events {}\nhttp {\n  server { listen 443 ssl; listen 443 quic reuseport; listen 80; }\n  server { listen 443; ssl on; }\n}\n" +
            "stream { server { listen 443; proxy_pass backend:443; } }\n"));
}

public class NginxServerTokensOnTests
{
    [Fact]
    public void Missing_directive_is_reported_once_at_the_http_block() =>
        RuleTest.Flags(RuleIds.NginxServerTokensOn, ("nginx/nginx.conf",
            "events {}\n[|http|] {\n    server { listen 80; }\n    server { listen 81; }\n}\n"));

    [Fact]
    public void Explicit_on_is_reported_at_its_value() =>
        RuleTest.Flags(RuleIds.NginxServerTokensOn, ("nginx/conf.d/default.conf",
            "server_tokens off;\nserver {\n    listen 80;\n    server_tokens [|build|];\n}\nserver { listen 81; }\n"));

    [Fact]
    public void Off_in_http_or_in_a_main_config_of_the_run_passes()
    {
        RuleTest.Passes(RuleIds.NginxServerTokensOn, ("nginx/nginx.conf", "events {}\nhttp {\n    server_tokens off;\n    server { listen 80; }\n}\n"));
        RuleTest.Passes(RuleIds.NginxServerTokensOn,
            ("nginx/nginx.conf", "events {}\nhttp {\n    server_tokens off;\n    include /etc/nginx/conf.d/*.conf;\n}\n"),
            ("nginx/conf.d/default.conf", "server { listen 80; }\n"));
    }
}

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
        Assert.Contains("only in http, stream, so nginx refuses to start", found[0].Message);
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

/// <summary>A production-style configuration using the common modules: no rule of ours may fire except server_tokens (set off here).</summary>
public class NginxRealisticConfigurationTests
{
    private const string Config = """
        user nginx;
        worker_processes auto;
        worker_rlimit_nofile 65535;
        pcre_jit on;
        include /etc/nginx/modules-enabled/*.conf;
        error_log /var/log/nginx/error.log warn;
        events { worker_connections 4096; multi_accept on; use epoll; }
        http {
            include /etc/nginx/mime.types;
            types { application/wasm wasm; }
            default_type application/octet-stream;
            log_format main '$remote_addr - $remote_user [$time_local] "$request" $status';
            access_log /var/log/nginx/access.log main;
            sendfile on; tcp_nopush on; tcp_nodelay on;
            keepalive_timeout 65; types_hash_max_size 2048; server_names_hash_bucket_size 64;
            server_tokens off;
            gzip on; gzip_types text/plain application/json; gzip_vary on;
            open_file_cache max=1000 inactive=20s;
            resolver 127.0.0.11 valid=30s; resolver_timeout 5s;
            real_ip_header X-Forwarded-For; set_real_ip_from 10.0.0.0/8;
            limit_req_zone $binary_remote_addr zone=one:10m rate=10r/s;
            limit_conn_zone $binary_remote_addr zone=addr:10m;
            proxy_cache_path /var/cache/nginx levels=1:2 keys_zone=cache:10m;
            ssl_protocols TLSv1.2 TLSv1.3; ssl_session_cache shared:SSL:10m; ssl_session_timeout 1d;
            map $http_upgrade $connection_upgrade { default upgrade; '' close; }
            geo $internal { default 0; 10.0.0.0/8 1; }
            upstream app { least_conn; keepalive 32; server app:8080 max_fails=3 fail_timeout=30s; server app2:8080 backup; }
            upstream grpc_backend { server grpc:50051; }
            server {
                listen 80 default_server;
                listen [::]:80;
                server_name _;
                return 301 https://$host$request_uri;
            }
            server {
                listen 443 ssl;
                listen [::]:443 ssl;
                http2 on;
                server_name example.com;
                ssl_certificate /etc/nginx/ssl/cert.pem;
                ssl_certificate_key /etc/nginx/ssl/key.pem;
                ssl_stapling on; ssl_stapling_verify on; ssl_trusted_certificate /etc/nginx/ssl/chain.pem;
                add_header Strict-Transport-Security "max-age=63072000" always;
                client_max_body_size 20m; client_header_timeout 12; large_client_header_buffers 4 16k;
                underscores_in_headers on; merge_slashes off;
                root /var/www/html/public;
                index index.php index.html;
                error_page 404 /404.html;
                error_page 500 502 503 504 /50x.html;
                charset utf-8;
                if ($http_x_forwarded_proto = 'http') { return 301 https://$host$request_uri; }
                rewrite ^/old/(.*)$ /new/$1 permanent;
                location / {
                    try_files $uri $uri/ /index.php?$query_string;
                    limit_req zone=one burst=5 nodelay;
                    limit_conn addr 10;
                }
                location /api/ {
                    proxy_pass http://app;
                    proxy_http_version 1.1;
                    proxy_set_header Upgrade $http_upgrade;
                    proxy_set_header Connection $connection_upgrade;
                    proxy_set_header Host $host;
                    proxy_read_timeout 300s; proxy_buffering off; proxy_redirect off;
                    proxy_cache cache; proxy_cache_valid 200 1m; proxy_cache_key $scheme$host$request_uri;
                    if ($request_method = OPTIONS) { add_header Access-Control-Allow-Origin *; return 204; }
                    limit_except GET POST { deny all; }
                }
                location /dynamic/ { set $target http://app:8080; proxy_pass $target; }
                location /grpc/ { grpc_pass grpc://grpc_backend; }
                location ~ \.php$ {
                    fastcgi_pass php:9000;
                    include fastcgi_params;
                    fastcgi_param SCRIPT_FILENAME $document_root$fastcgi_script_name;
                }
                location /admin/ { auth_basic "Restricted"; auth_basic_user_file /etc/nginx/.htpasswd; satisfy any; allow 10.0.0.0/8; deny all; }
                location /files/ { alias /data/files/; autoindex on; internal; expires 30d; etag off; }
                location = /health { access_log off; default_type text/plain; return 200 'ok'; }
                location /status { stub_status; allow 127.0.0.1; deny all; }
                location @fallback { proxy_pass http://app; }
                location ~ /\.ht { deny all; }
            }
        }
        stream {
            upstream db { server db:5432; }
            server { listen 5432; proxy_pass db; proxy_timeout 10m; proxy_connect_timeout 5s; }
        }
        """;

    [Fact]
    public void No_context_finding() => RuleTest.Passes(RuleIds.NginxDirectiveNotAllowedHere, ("nginx/nginx.conf", Config));

    [Fact]
    public void No_syntax_finding() => RuleTest.Passes(RuleIds.NginxSyntax, ("nginx/nginx.conf", Config));

    [Fact]
    public void No_upstream_finding() => RuleTest.Passes(RuleIds.NginxProxyPassUnknownUpstream, ("nginx/nginx.conf", Config));

    [Fact]
    public void No_listen_or_server_tokens_finding()
    {
        RuleTest.Passes(RuleIds.NginxListen443WithoutSsl, ("nginx/nginx.conf", Config));
        RuleTest.Passes(RuleIds.NginxServerTokensOn, ("nginx/nginx.conf", Config));
    }
}

public class NginxProxyPassUnknownUpstreamTests
{
    [Fact]
    public void Misspelt_upstream_is_reported_with_a_suggestion()
    {
        var found = RuleTest.Flags(RuleIds.NginxProxyPassUnknownUpstream, ("nginx/nginx.conf",
            "upstream user_trading { server user-trading:8001; }\nupstream vnpy_core { server vnpy-core:8006; }\nserver {\n    listen 80;\n" +
            "    location /api/v1/auth/ { proxy_pass [|http://user_tradin|]; }\n    location /api/v1/trading/ { proxy_pass http://vnpy_core; }\n}\n"));
        Assert.StartsWith("Did you mean 'user_trading'?", found.Single().Help);
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
    public void Finding_can_be_suppressed_with_a_comment() =>
        RuleTest.Passes(RuleIds.NginxListen443WithoutSsl, ("nginx/conf.d/site.conf",
            "server {\n    # redfire-lint disable-next-line RF2553 -- TLS ends at the load balancer\n    listen 443;\n}\n"));

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

    [Fact]
    public void Main_configuration_of_another_folder_does_not_cover_a_snippet() =>
        RuleTest.Flags(RuleIds.NginxServerTokensOn,
            ("one/nginx/nginx.conf", "events {}\nhttp {\n    server_tokens off;\n}\n"),
            ("two/nginx/default.conf", "[|server|] { listen 80; }\n"));
}

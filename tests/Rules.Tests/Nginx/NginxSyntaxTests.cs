using RedFire.Lint.Rules;
using RedFire.Lint.Tests.Infrastructure;
using Xunit;

namespace RedFire.Lint.Tests.Nginx;

public class NginxSyntaxTests
{
    [Fact]
    public void Missing_semicolon_and_unclosed_block_are_reported() =>
        RuleTest.Flags(RuleIds.NginxSyntax, ("nginx/conf.d/default.conf",
            "server [|{|]\n    listen 80[||]\n    location / {\n        return 200 \"ok\";\n    }\n"));

    [Fact]
    public void Error_in_an_included_file_is_reported_in_that_file() =>
        RuleTest.Flags(RuleIds.NginxSyntax,
            ("nginx/nginx.conf", "events {}\nhttp {\n    include conf.d/*.conf;\n}\n"),
            ("nginx/conf.d/app.conf", "server {\n    listen 80;\n}\n[|}|]\n"));

    [Fact]
    public void Valid_configuration_passes() =>
        RuleTest.Passes(RuleIds.NginxSyntax, ("nginx/nginx.conf",
            "user nginx;\nevents { worker_connections 1024; }\nhttp {\n    log_format main '$remote_addr \"$request\"';\n" +
            "    server {\n        listen 80;\n        location ~ ^/api/(.*)$ { proxy_pass http://api:8000/$1; }\n        if ($host = \"x\") { return 301 https://$host$request_uri; }\n    }\n}\n"));

    [Fact]
    public void A_template_rendered_at_start_is_not_read_as_a_configuration() =>
        RuleTest.Passes(RuleIds.NginxSyntax, ("web/rootfs/defaults/nginx.conf",
            "worker_processes {{ .Env.NGINX_WORKER_PROCESSES | default \"2\" }};\nevents { worker_connections 768; }\nhttp {\n" +
            "{{ if .Env.NGINX_RESOLVER }}\n    resolver {{ .Env.NGINX_RESOLVER }};\n{{ end }}\n    include /etc/nginx/conf.d/*.conf;\n}\n"));

    [Fact]
    public void A_regex_with_a_repeat_count_is_still_a_configuration() =>
        RuleTest.Flags(RuleIds.NginxSyntax, ("nginx/conf.d/default.conf",
            "server {\n    listen 80;\n    location ~ \"^/v[0-9]{1,2}/\" { return 200 \"ok\"[||]\n    }\n}\n"));
}

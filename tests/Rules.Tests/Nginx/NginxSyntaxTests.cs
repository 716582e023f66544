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
}

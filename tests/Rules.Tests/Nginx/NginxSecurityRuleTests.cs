using System.Linq;
using RedFire.Lint.Rules;
using RedFire.Lint.Tests.Infrastructure;
using Xunit;

namespace RedFire.Lint.Tests.Nginx;

/// <summary>RF2555-RF2560: TLS hygiene and the Gixy checks.</summary>
public class NginxSecurityRuleTests
{
    private const string TlsServer = "server {\n    listen 443 ssl;\n    ssl_certificate /c.pem;\n    ssl_certificate_key /k.pem;\n";

    [Fact]
    public void RF2555_weak_protocols_at_the_first_weak_one()
    {
        var found = RuleTest.Flags(RuleIds.NginxWeakTlsProtocol, ("nginx/conf.d/site.conf",
            "ssl_protocols [|TLSv1|] TLSv1.1 TLSv1.2;\n" + TlsServer + "    ssl_protocols TLSv1.2 [|SSLv3|];\n}\n"));
        Assert.Equal("ssl_protocols allows TLSv1, TLSv1.1, which have known downgrade and decryption attacks; only TLSv1.2 and TLSv1.3 are expected.", found[0].Message);
        Assert.Equal("Write 'ssl_protocols TLSv1.2 TLSv1.3;'.", found[0].Help);
    }

    [Fact]
    public void RF2555_passes_for_current_protocols() =>
        RuleTest.Passes(RuleIds.NginxWeakTlsProtocol, ("nginx/conf.d/site.conf", "ssl_protocols TLSv1.2 TLSv1.3;\n" + TlsServer + "}\n"));

    [Fact]
    public void RF2556_ciphers_that_turn_on_broken_families()
    {
        var found = RuleTest.Flags(RuleIds.NginxWeakCiphers, ("nginx/conf.d/site.conf",
            TlsServer + "    ssl_ciphers [|'ECDHE-RSA-AES128-GCM-SHA256:RC4-SHA:DES-CBC3-SHA:!aNULL'|];\n}\n" +
            "server {\n    listen 8443 ssl;\n    ssl_ciphers [|HIGH:MEDIUM:LOW|];\n}\n"));
        Assert.Contains("enables RC4-SHA, DES-CBC3-SHA, ciphers with practical attacks", found[0].Message);
    }

    [Fact]
    public void RF2556_passes_for_exclusions_and_modern_lists() =>
        RuleTest.Passes(RuleIds.NginxWeakCiphers, ("nginx/conf.d/site.conf",
            TlsServer + "    ssl_ciphers 'ECDHE-ECDSA-AES128-GCM-SHA256:ECDHE-RSA-CHACHA20-POLY1305:HIGH:!aNULL:!MD5:!RC4:-3DES:!EXPORT';\n}\n"));

    [Fact]
    public void RF2557_tls_server_without_hsts() =>
        RuleTest.Flags(RuleIds.NginxTlsServerWithoutHsts, ("nginx/conf.d/site.conf",
            "[|server|] {\n    listen 443 ssl;\n    ssl_certificate /c.pem;\n    location / { proxy_pass http://app:8080; }\n}\n"));

    [Fact]
    public void RF2557_passes_when_set_in_the_server_a_location_or_http_and_for_plain_servers() =>
        RuleTest.Passes(RuleIds.NginxTlsServerWithoutHsts,
            ("nginx/conf.d/a.conf", TlsServer + "    add_header Strict-Transport-Security \"max-age=63072000\" always;\n}\nserver { listen 80; }\n"),
            ("nginx/conf.d/b.conf", TlsServer + "    location / { add_header strict-transport-security max-age=300; }\n}\n"),
            ("nginx/nginx.conf", "events {}\nhttp {\n    add_header Strict-Transport-Security max-age=300;\n    " + TlsServer + "    }\n}\n"),
            ("nginx/conf.d/c.conf", "server {\n    listen 443 ssl;\n    include snippets/hsts.inc;\n    ssl_certificate /c.pem;\n}\n"),
            ("nginx/conf.d/snippets/hsts.inc", "more_set_headers \"Strict-Transport-Security: max-age=300\";\n"));

    [Fact]
    public void RF2558_autoindex_on() =>
        RuleTest.Flags(RuleIds.NginxAutoindexOn, ("nginx/conf.d/site.conf",
            "server {\n    listen 80;\n    location /files/ { autoindex [|on|]; }\n    location /other/ { autoindex off; }\n}\n"));

    [Fact]
    public void RF2558_passes_when_off_or_absent() =>
        RuleTest.Passes(RuleIds.NginxAutoindexOn, ("nginx/conf.d/site.conf", "server {\n    listen 80;\n    autoindex off;\n    location / { root /srv; }\n}\n"));

    [Fact]
    public void RF2559_prefix_location_without_slash_and_alias_with_one()
    {
        var found = RuleTest.Flags(RuleIds.NginxAliasTraversal, ("nginx/conf.d/site.conf",
            "server {\n    listen 80;\n    location [|/static|] { alias /srv/app/static/; }\n    location ^~ [|/media|] { alias /srv/media/; }\n}\n"));
        Assert.Equal("location /static has no trailing slash but its alias /srv/app/static/ has one, so '/static../' reaches the directory above the alias.", found[0].Message);
    }

    [Fact]
    public void RF2559_passes_for_matching_slashes_exact_and_regex_locations() =>
        RuleTest.Passes(RuleIds.NginxAliasTraversal, ("nginx/conf.d/site.conf",
            "server {\n    listen 80;\n    location /static/ { alias /srv/static/; }\n    location /favicon.ico { alias /srv/favicon.ico; }\n" +
            "    location = /robots { alias /srv/robots/; }\n    location ~ ^/img/(.*)$ { alias /srv/img/$1; }\n    location /docs { alias /srv/docs; }\n}\n"));

    [Fact]
    public void RF2560_proxy_pass_host_from_the_request()
    {
        var found = RuleTest.Flags(RuleIds.NginxProxyPassFromRequest, ("nginx/conf.d/site.conf",
            "server {\n    listen 80;\n    location /fetch { proxy_pass [|http://$arg_target|]; }\n" +
            "    location ~ ^/p/(?<backend>[a-z]+)/ { proxy_pass [|http://$backend:8080|]; }\n" +
            "    location ~ ^/q/([^/]+)/(.*)$ { proxy_pass [|http://$1/$2|]; }\n" +
            "    location /h { proxy_pass [|https://${http_x_upstream}|]; }\n}\n"));
        Assert.Equal("proxy_pass http://$arg_target takes its host from $arg_target, which the client controls, so anyone can make nginx fetch any address, internal services included.", found[0].Message);
    }

    [Fact]
    public void RF2560_passes_for_fixed_hosts_configured_variables_and_internal_locations() =>
        RuleTest.Passes(RuleIds.NginxProxyPassFromRequest, ("nginx/conf.d/site.conf",
            "map $http_x_tenant $tenant_backend { default app; beta app-beta; }\n" +
            "server {\n    listen 80;\n    resolver 127.0.0.11;\n    set $api api:8080;\n" +
            "    location /a { proxy_pass http://$api; }\n    location /b { proxy_pass http://$tenant_backend:8080; }\n" +
            "    location /c { proxy_pass http://app:8080$request_uri; }\n    location /e { proxy_pass http://app$is_args$args; }\n    location /d { internal; proxy_pass http://$arg_host; }\n}\n"));
}

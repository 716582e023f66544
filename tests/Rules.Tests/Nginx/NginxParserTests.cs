using System.Linq;
using RedFire.Lint.Nginx;
using RedFire.Lint.Sources;
using RedFire.Lint.Tests.Infrastructure;
using Xunit;

namespace RedFire.Lint.Tests.Nginx;

/// <summary>nginx's own tokenizer rules, positions of every element, contexts, includes and the upstream/server model.</summary>
public class NginxParserTests
{
    private static NginxConfig Parse(string text, string path = "/repo/nginx/nginx.conf") =>
        NginxConfig.Parse(new SourceFile(path.Substring("/repo/".Length), text, FileKind.Nginx, path));

    private static string Span(Location location) => $"({location.Line},{location.Column})-({location.EndLine},{location.EndColumn})";

    [Fact]
    public void Directives_blocks_and_arguments_have_positions()
    {
        var config = Parse("worker_processes auto;\nevents {\n  worker_connections 1024;\n}\n");
        Assert.Empty(config.Errors);
        Assert.Equal(["worker_processes", "events"], config.Directives.Select(d => d.Name));
        var first = config.Directives[0];
        Assert.Equal("(1,1)-(1,17)", Span(first.NameLocation));
        Assert.Equal("(1,18)-(1,22)", Span(first.Arguments[0].Location));
        Assert.Equal("(1,1)-(1,23)", Span(first.Location));
        var events = config.Directives[1];
        Assert.True(events.IsBlock);
        Assert.Equal("(2,1)-(4,2)", Span(events.Location));
        Assert.Equal("1024", events.Children.Single().FirstArgument);
        Assert.Same(events, events.Children[0].Parent);
    }

    [Fact]
    public void Quotes_escapes_variables_and_comments_follow_nginx()
    {
        var config = Parse("log_format main '$remote_addr \"$request\"' \"a\\\"b\" ${x}y; # comment\nset $a a#b;\nif ($request_method = \"POST\") { return 405; }\n");
        Assert.Empty(config.Errors);
        var log = config.Directives[0];
        Assert.Equal(["main", "$remote_addr \"$request\"", "a\"b", "${x}y"], log.Arguments.Select(a => a.Value));
        Assert.Equal('\'', log.Arguments[1].Quote);
        Assert.Equal("'$remote_addr \"$request\"'", log.Arguments[1].Raw);
        Assert.True(log.Arguments[3].HasVariables);
        Assert.Equal("(1,50)-(1,55)", Span(log.Arguments[3].Location));
        Assert.Equal(["$a", "a#b"], config.Directives[1].Arguments.Select(a => a.Value));
        Assert.Equal(["($request_method", "=", "POST"], config.Directives[2].Arguments.Select(a => a.Value));
        Assert.Equal("return", config.Directives[2].Children.Single().Name);
    }

    [Fact]
    public void Contexts_depend_on_the_assumed_top_level()
    {
        var config = Parse("upstream app { server web:5000; }\nserver {\n  listen 80;\n  location / {\n    if ($x) { return 404; }\n    proxy_pass http://app;\n  }\n  if ($y) { set $z 1; }\n}\n");
        Assert.Equal(NginxContext.Http, config.AssumedTopLevel);
        var contexts = config.Walk(NginxContext.Http).Select(d => $"{d.Directive.Name}:{d.Context}").ToArray();
        Assert.Equal(["upstream:Http", "server:Upstream", "server:Http", "listen:Server", "location:Server", "if:Location", "return:IfInLocation",
            "proxy_pass:Location", "if:Server", "set:IfInServer"], contexts);
        Assert.Empty(config.ContextViolations(NginxContext.Http));
        var asMain = config.ContextViolations(NginxContext.Main);
        Assert.Equal(["upstream", "server"], asMain.Select(v => v.Directive.Name));
        Assert.All(asMain, v => Assert.Equal(NginxContext.Main, v.Context));
    }

    [Fact]
    public void A_file_with_main_only_directives_is_a_main_configuration()
    {
        Assert.Equal(NginxContext.Main, Parse("events {}\nhttp { server { listen 80; } }\n").AssumedTopLevel);
        Assert.Equal(NginxContext.Http, Parse("server { listen 80; }\n").AssumedTopLevel);
        Assert.Equal(NginxContext.Http, Parse("events {}\n", "/repo/nginx/conf.d/default.conf").AssumedTopLevel);
        Assert.Equal(NginxContext.Location, Parse("proxy_pass http://app;\nproxy_set_header Host $host;\n", "/repo/nginx/snippets/proxy.conf").AssumedTopLevel);
        Assert.Equal(NginxContext.Server, Parse("listen 80;\nlocation / { return 204; }\n", "/repo/nginx/snippets/site.conf").AssumedTopLevel);
        Assert.Equal(NginxContext.Http, Parse("server { }\nproxy_pass http://app;\n", "/repo/nginx/site.conf").AssumedTopLevel);
    }

    [Fact]
    public void Model_has_upstreams_servers_listens_and_locations()
    {
        var config = Parse(
            "upstream loadbalancer {\n  server web1:5000 weight=2;\n  server web2;\n  server unix:/tmp/s.sock;\n}\n" +
            "server {\n  listen 443 ssl http2;\n  listen [::]:8443 ssl;\n  listen 127.0.0.1;\n  server_name example.com www.example.com;\n" +
            "  location /api/ {\n    proxy_pass http://loadbalancer/v1/;\n    location ~* \\.png$ { proxy_pass http://$backend; }\n  }\n" +
            "  location = /health { proxy_pass http://backend:8000; }\n}\n" +
            "stream { upstream db { server db:5432; } server { listen 5432; proxy_pass db; } }\n");
        Assert.Empty(config.Errors);
        var upstream = config.Upstreams[0];
        Assert.Equal("loadbalancer", upstream.Name);
        Assert.Equal("(1,10)-(1,22)", Span(upstream.NameLocation));
        Assert.Equal(["web1:5000", "web2:80", ":"], upstream.Servers.Select(s => $"{s.Host}:{s.Port}"));
        Assert.Equal("(2,10)-(2,19)", Span(upstream.Servers[0].Location));
        Assert.True(config.Upstreams[1].IsStream);

        var server = config.Servers[0];
        Assert.False(server.IsStream);
        Assert.Equal(["443 ssl=True h2=True", "8443 ssl=True h2=False", "80 ssl=False h2=False"], server.Listens.Select(l => $"{l.Port} ssl={l.Ssl} h2={l.Http2}"));
        Assert.Equal("::", server.Listens[1].Host);
        Assert.Equal("(7,10)-(7,13)", Span(server.Listens[0].Location));
        Assert.Equal(["example.com", "www.example.com"], server.ServerNames.Select(n => n.Value));
        Assert.Equal(["/api/", "~*\\.png$", "=/health"], server.Locations.Select(l => l.Modifier + l.Path));
        var api = server.Locations[0].ProxyPass!;
        Assert.Equal(("http", "loadbalancer", (int?)null), (api.Scheme, api.Host, api.Port));
        Assert.True(api.LooksLikeUpstreamName);
        Assert.Equal("(12,16)-(12,39)", Span(api.Location));
        Assert.True(server.Locations[1].ProxyPass!.HasVariables);
        Assert.False(server.Locations[1].ProxyPass!.LooksLikeUpstreamName);
        Assert.Equal(8000, server.Locations[2].ProxyPass!.Port);
        Assert.True(config.Servers[1].IsStream);
    }

    [Theory]
    [InlineData("server {\n  listen 80\n}\n", "(2,12)-(2,12)", "'listen' has no ';' before '}'")]
    [InlineData("http {\n  server {}\n", "(1,6)-(1,7)", "'http' block opened here is never closed")]
    [InlineData("server {}\n}\n", "(2,1)-(2,2)", "'}' closes no block")]
    [InlineData("root \"/var/www;\n", "(1,6)-(1,16)", "quote opened here is never closed")]
    [InlineData("listen 80", "(1,10)-(1,10)", "not terminated")]
    [InlineData("return 200 \"ok\"x;\n", "(1,16)-(1,17)", "'x' follows a closing quote")]
    [InlineData(";\n", "(1,1)-(1,2)", "';' has no directive before it")]
    [InlineData("{ }\n", "(1,1)-(1,2)", "'{' has no directive name before it")]
    public void Syntax_errors_are_reported_at_their_position(string text, string span, string message)
    {
        var config = Parse(text);
        var error = Assert.Single(config.Errors);
        Assert.Equal(span, Span(error.Location));
        Assert.Contains(message, error.Message);
    }

    [Fact]
    public void Parsing_goes_on_after_a_missing_semicolon()
    {
        var config = Parse("server {\n  listen 80\n}\nserver { listen 81; }\n");
        Assert.Single(config.Errors);
        Assert.Equal([80, 81], config.Servers.Select(s => s.Listens.Single().Port!.Value));
    }

    [Fact]
    public void Lua_blocks_are_skipped_as_foreign_syntax()
    {
        var config = Parse("server { location / { content_by_lua_block { ngx.say(\"}\") -- }\n local t = {1} } } }\n");
        Assert.Empty(config.Errors);
        Assert.Equal("content_by_lua_block", config.Servers[0].Locations[0].Directive.Children.Single().Name);
    }

    [Fact]
    public void Deep_nesting_and_huge_input_end_in_an_error_not_a_crash()
    {
        var deep = string.Concat(Enumerable.Repeat("a {", 100_000)) + string.Concat(Enumerable.Repeat("}", 100_000));
        var config = Parse(deep);
        Assert.Contains("nested more than", Assert.Single(config.Errors).Message);
        var flat = Parse(string.Concat(Enumerable.Repeat("server { listen 80; }\n", 20_000)));
        Assert.Equal(20_000, flat.Servers.Count);
    }

    [Fact]
    public void Relative_includes_and_globs_are_read_in_the_including_context()
    {
        var result = RuleTest.Lint(
            ("nginx/nginx.conf", "events {}\nhttp {\n  include mime.types;\n  include conf.d/*.conf;\n  include /etc/nginx/other/*.conf;\n}\n"),
            ("nginx/conf.d/b.conf", "server { listen 81; location / { include proxy.inc; } }\n"),
            ("nginx/conf.d/a.conf", "upstream app { server app:8080; }\n"),
            ("nginx/conf.d/proxy.inc", "proxy_pass http://app;\n"),
            ("nginx/mime.types", "types { text/html html; }\n"));
        var config = Assert.Single(result.Models.Get<NginxConfig>());
        Assert.Equal("nginx/nginx.conf", config.Source.Path);
        Assert.Equal(["nginx/nginx.conf", "nginx/mime.types", "nginx/conf.d/a.conf", "nginx/conf.d/b.conf", "nginx/conf.d/proxy.inc"], config.Files.Select(f => f.Path));
        Assert.Equal("app", config.Upstreams.Single().Name);
        var location = config.Servers.Single().Locations.Single();
        Assert.Equal("app", location.ProxyPass!.Host);
        Assert.Equal("nginx/conf.d/proxy.inc", location.ProxyPass.Location.File);
        Assert.Contains(config.Walk(), d => d.Directive.Name == "proxy_pass" && d.Context == NginxContext.Location);
        Assert.Empty(config.Errors);
    }

    [Fact]
    public void Include_cycles_are_reported()
    {
        var result = RuleTest.Lint(
            ("nginx/nginx.conf", "events {}\nhttp { include a.conf; }\n"),
            ("nginx/a.conf", "include b.conf;\n"),
            ("nginx/b.conf", "include a.conf;\n"));
        var config = Assert.Single(result.Models.Get<NginxConfig>());
        var error = Assert.Single(config.Errors);
        Assert.Equal("nginx/b.conf", error.Location.File);
        Assert.Contains("makes a cycle", error.Message);
    }
}

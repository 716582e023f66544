using System;
using System.Linq;
using RedFire.Lint.Nginx;

namespace RedFire.Lint.Rules.Nginx;

/// <summary>
/// RF2557: a server that terminates TLS (a <c>listen … ssl</c> and a certificate) without a Strict-Transport-Security
/// header lets the first request of every visit go out over plain HTTP, where it can be intercepted. Looked for in
/// the server, its locations and the http level around it; the application behind may set it instead (info).
/// </summary>
public sealed class NginxTlsServerWithoutHsts : IRule<NginxConfig>
{
    public string Id => RuleIds.NginxTlsServerWithoutHsts;

    public void Check(NginxConfig model, RuleContext context)
    {
        foreach (var server in model.Servers.Where(s => !s.IsStream && TerminatesTls(s)))
        {
            var http = server.Directive.Parent?.Children ?? model.Directives;
            var scopes = server.OwnDirectives.Concat(server.Locations.SelectMany(l => NginxModel.Flatten(l.Directive.Children))).Concat(NginxModel.Flatten(http));
            if (scopes.Any(SetsHsts)) continue;
            context.Report(server.Directive.NameLocation,
                $"This TLS server sends no Strict-Transport-Security header, so browsers keep trying plain HTTP first where the request can be intercepted.",
                $"Add 'add_header Strict-Transport-Security \"max-age=63072000\" always;' to the server (or the http block).");
        }
    }

    private static bool TerminatesTls(NginxServer server) =>
        server.OwnDirectives.Any(d => d.Name == "ssl_certificate")
        && (server.Listens.Any(l => l.Ssl) || server.OwnDirectives.Any(d => d.Name == "ssl" && d.FirstArgument == "on"));

    private static bool SetsHsts(NginxDirective directive) =>
        (directive.Name == "add_header" && string.Equals(directive.FirstArgument, "Strict-Transport-Security", StringComparison.OrdinalIgnoreCase))
        || (directive.Name == "more_set_headers" && directive.Arguments.Any(a => a.Value.TrimStart().StartsWith("Strict-Transport-Security", StringComparison.OrdinalIgnoreCase)));
}

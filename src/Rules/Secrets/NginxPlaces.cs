using System;
using System.Collections.Generic;
using System.Linq;
using RedFire.Lint.Nginx;

namespace RedFire.Lint.Secrets;

/// <summary>
/// The places of an nginx configuration (includes followed): headers and parameters it sets
/// (<c>proxy_set_header Authorization "…"</c>, <c>add_header</c>, <c>fastcgi_param</c>, <c>set $api_key …</c>,
/// <c>env NAME=value</c>) as settings named by the header or variable, and every other argument as an unnamed
/// value (for URLs with credentials: <c>proxy_pass http://user:pass@backend</c>).
/// </summary>
internal static class NginxPlaces
{
    /// <summary>Directives whose first argument names what the second one sets.</summary>
    private static readonly HashSet<string> NameValueDirectives = new(StringComparer.Ordinal)
    {
        "proxy_set_header", "grpc_set_header", "add_header", "add_trailer", "fastcgi_param", "uwsgi_param", "scgi_param", "set",
    };

    private const string Remedy =
        "do not write credentials into the config: pass them to the upstream from a variable filled at start-up (envsubst templates in /etc/nginx/templates) or let the upstream authenticate the client itself";

    public static IEnumerable<SecretPlace> Of(NginxConfig config)
    {
        foreach (var directive in config.Walk().Select(d => d.Directive))
        {
            var arguments = directive.Arguments;
            if (arguments.Count == 0) continue;
            var where = $"{directive.Name} directive";
            if (NameValueDirectives.Contains(directive.Name) && arguments.Count >= 2)
            {
                yield return Place(directive, arguments[1], arguments[0].Value.TrimStart('$'), where);
                continue;
            }
            if (directive.Name == "env" && arguments[0].Value.IndexOf('=') > 0)
            {
                var cut = arguments[0].Value.IndexOf('=');
                yield return Place(directive, arguments[0], arguments[0].Value.Substring(0, cut), where) with
                {
                    Value = arguments[0].Value.Substring(cut + 1),
                };
                continue;
            }
            foreach (var argument in arguments) yield return Place(directive, argument, null, where);
        }
    }

    private static SecretPlace Place(NginxDirective directive, NginxArgument argument, string? name, string where) =>
        new(directive.Source, argument.Location, SecretPlaceKind.Setting, name, argument.Value)
        {
            Where = where,
            Remedy = Remedy,
        };
}

using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using RedFire.Lint.Nginx;

namespace RedFire.Lint.Rules.Nginx;

/// <summary>
/// RF2560: a <c>proxy_pass</c> whose host comes from the request (query arguments, headers, cookies, the URI or
/// captures of the location's regex) lets any client make the gateway fetch any address, internal services and
/// cloud metadata endpoints included (server-side request forgery). Locations marked <c>internal</c> are only
/// reached through nginx's own redirects and are left alone; variables set in the configuration are not judged.
/// </summary>
public sealed class NginxProxyPassFromRequest : IRule<NginxConfig>
{
    private static readonly Regex Variable = new(@"\$(\{(?<name>\w+)\}|(?<name>\w+))", RegexOptions.CultureInvariant);

    private static readonly Regex NamedCapture = new(@"\(\?P?<(?<name>\w+)>", RegexOptions.CultureInvariant);

    private static readonly string[] RequestPrefixes = ["arg_", "http_", "cookie_"];

    private static readonly string[] RequestVariables = ["host", "request_body"];

    /// <summary>Request values that start with '/' or '?': they end the host when written after it (<c>http://app$request_uri</c>).</summary>
    private static readonly string[] PathVariables = ["uri", "document_uri", "request_uri", "args", "query_string"];

    public string Id => RuleIds.NginxProxyPassFromRequest;

    public void Check(NginxConfig model, RuleContext context)
    {
        foreach (var location in model.Servers.Where(s => !s.IsStream).SelectMany(s => s.Locations))
        {
            if (location.ProxyPass is not { HasVariables: true } proxy) continue;
            if (NginxModel.Flatten(location.Directive.Children).Any(d => d.Name == "internal")) continue;
            var captures = location.Modifier.StartsWith("~", StringComparison.Ordinal)
                ? new HashSet<string>(NamedCapture.Matches(location.Path).Cast<Match>().Select(m => m.Groups["name"].Value), StringComparer.Ordinal)
                : [];
            var fromRequest = Variable.Matches(Authority(proxy.Target)).Cast<Match>()
                .Where(m => m.Index == 0 || !PathVariables.Contains(m.Groups["name"].Value, StringComparer.Ordinal))
                .Select(m => m.Groups["name"].Value)
                .FirstOrDefault(name => IsFromRequest(name, captures));
            if (fromRequest is null) continue;
            context.Report(proxy.Location,
                $"proxy_pass {proxy.Target} takes its host from ${fromRequest}, which the client controls, so anyone can make nginx fetch any address, internal services included.",
                $"Proxy to a fixed upstream, or map the allowed values to hosts with a 'map' block that has no default pass-through.");
        }
    }

    /// <summary>The host and port part of a proxy_pass target (after the scheme, before the path).</summary>
    private static string Authority(string target)
    {
        var schemeEnd = target.IndexOf("://", StringComparison.Ordinal);
        var rest = schemeEnd >= 0 ? target.Substring(schemeEnd + 3) : target;
        var slash = rest.IndexOf('/');
        return slash >= 0 ? rest.Substring(0, slash) : rest;
    }

    private static bool IsFromRequest(string name, ISet<string> captures) =>
        RequestPrefixes.Any(p => name.StartsWith(p, StringComparison.Ordinal))
        || RequestVariables.Contains(name, StringComparer.Ordinal)
        || PathVariables.Contains(name, StringComparer.Ordinal)
        || name.All(char.IsDigit)
        || captures.Contains(name);
}

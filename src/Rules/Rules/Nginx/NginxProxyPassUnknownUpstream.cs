using System;
using System.Collections.Generic;
using System.Linq;
using RedFire.Lint.Nginx;

namespace RedFire.Lint.Rules.Nginx;

/// <summary>
/// RF2552: <c>proxy_pass http://name</c> where the name can only be an upstream (no dot, port or variable) but no
/// upstream of that name exists in the run's nginx files, while others do: most often a typo. Configurations
/// without any upstream are left alone, since a bare name there is usually a compose service reached by DNS.
/// </summary>
public sealed class NginxProxyPassUnknownUpstream : IRule<NginxConfigSet>
{
    public string Id => RuleIds.NginxProxyPassUnknownUpstream;

    public void Check(NginxConfigSet model, RuleContext context)
    {
        var upstreams = model.Configs.SelectMany(c => c.Upstreams).Where(u => !u.IsStream)
            .Select(u => u.Name).Distinct(StringComparer.Ordinal).OrderBy(n => n, StringComparer.Ordinal).ToArray();
        if (upstreams.Length == 0) return;
        var known = new HashSet<string>(upstreams, StringComparer.Ordinal);

        foreach (var config in model.Configs)
            foreach (var server in config.Servers.Where(s => !s.IsStream))
                foreach (var location in server.Locations)
                {
                    var proxy = location.ProxyPass;
                    if (proxy is null || !proxy.LooksLikeUpstreamName || known.Contains(proxy.Host!)) continue;
                    var suggestion = Closest(proxy.Host!, upstreams);
                    var hint = suggestion is null ? string.Empty : $"Did you mean '{suggestion}'? ";
                    context.Report(proxy.Location,
                        $"proxy_pass {proxy.Target} names upstream '{proxy.Host}', but the upstreams defined are {string.Join(", ", upstreams)}, so nginx looks '{proxy.Host}' up as a host name at start-up and refuses to start if it does not resolve.",
                        $"{hint}Fix the name, define 'upstream {proxy.Host} {{ server host:port; }}', or, for a compose service, write its port (http://{proxy.Host}:80).");
                }
    }

    /// <summary>The upstream name at most two edits away (case ignored), if exactly one is nearest.</summary>
    private static string? Closest(string name, IReadOnlyList<string> candidates)
    {
        var scored = candidates.Select(c => (Name: c, Distance: Distance(name.ToLowerInvariant(), c.ToLowerInvariant())))
            .Where(c => c.Distance <= 2).OrderBy(c => c.Distance).ToArray();
        return scored.Length > 0 && (scored.Length == 1 || scored[0].Distance < scored[1].Distance) ? scored[0].Name : null;
    }

    private static int Distance(string a, string b)
    {
        var previous = Enumerable.Range(0, b.Length + 1).ToArray();
        for (var i = 1; i <= a.Length; i++)
        {
            var current = new int[b.Length + 1];
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
            previous = current;
        }
        return previous[b.Length];
    }
}

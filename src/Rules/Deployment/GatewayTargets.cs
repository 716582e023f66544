using System.Collections.Generic;
using System.Linq;
using RedFire.Lint.Sources;

namespace RedFire.Lint.Deployment;

/// <summary>The hosts the gateway's nginx sends requests to: upstream servers, and proxy_pass hosts that are not upstream names.</summary>
public static class GatewayTargets
{
    public static IEnumerable<(string Host, Location Location)> Of(DeploymentModel model)
    {
        foreach (var config in model.GatewayConfigs)
        {
            var upstreams = new HashSet<string>(model.GatewayConfigs.SelectMany(c => c.Upstreams).Select(u => u.Name));
            foreach (var server in config.Upstreams.SelectMany(u => u.Servers))
                yield return (server.Host, server.Location);
            foreach (var proxy in config.ProxyPasses.Where(p => !upstreams.Contains(p.Host)))
                yield return (proxy.Host, proxy.Location);
        }
    }
}

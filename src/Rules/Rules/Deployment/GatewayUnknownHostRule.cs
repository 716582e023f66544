using System.Linq;
using RedFire.Lint.Deployment;

namespace RedFire.Lint.Rules.Deployment;

/// <summary>
/// Every host the gateway's nginx sends to must be a compose service (or, for proxy_pass, an upstream):
/// nginx resolves names at startup and refuses to start on one it cannot resolve.
/// </summary>
public sealed class GatewayUnknownHostRule : IRule<DeploymentModel>
{
    public string Id => RuleIds.GatewayUnknownHost;

    public void Check(DeploymentModel model, RuleContext context)
    {
        if (model.Gateway is not { } gateway) return;
        var upstreams = model.GatewayConfigs.SelectMany(c => c.Upstreams).Select(u => u.Name).ToArray();
        foreach (var (host, location) in GatewayTargets.Of(model))
        {
            // Addresses and fully qualified names are outside the project and are the author's business.
            if (model.Service(host) is not null || host.Contains(".") || host.Contains(":") || PortArguments.IsLocalHost(host) || host.StartsWith("$", System.StringComparison.Ordinal)) continue;
            var known = string.Join(", ", model.Services.Select(s => s.Name));
            var upstreamHint = upstreams.Length > 0 ? $" or an upstream ({string.Join(", ", upstreams)})" : "";
            context.Report(location,
                $"nginx in {gateway.Name} sends requests to '{host}', which is not a service of {model.ComposeFile}{upstreamHint}, so nginx cannot resolve it and refuses to start.",
                $"Use one of: {known}.");
        }
    }
}

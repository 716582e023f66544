using System.Linq;
using RedFire.Lint.Deployment;
using RedFire.Lint.Findings;

namespace RedFire.Lint.Rules.Deployment;

/// <summary>The gateway proxies to a service it shares no network with: the name does not resolve and every request fails with 502.</summary>
public sealed class GatewayCannotReachServiceRule : IRule<DeploymentModel>
{
    public string Id => RuleIds.GatewayCannotReachService;

    public void Check(DeploymentModel model, RuleContext context)
    {
        if (model.Gateway is not { } gateway) return;
        var gatewayNetworks = ServiceRoles.NetworksOf(gateway).ToArray();
        foreach (var (host, location) in GatewayTargets.Of(model))
        {
            if (model.Service(host) is not { } target || target == gateway) continue;
            if (ServiceRoles.NetworksOf(target).Intersect(gatewayNetworks).Any()) continue;
            context.Report(location,
                $"The gateway {gateway.Name} proxies to {target.Name}, but they share no network ({gateway.Name}: {string.Join(", ", gatewayNetworks)}; {target.Name}: {string.Join(", ", ServiceRoles.NetworksOf(target))}), so nginx cannot resolve {target.Name}.",
                $"Put both on a common (internal) network.",
                new RelatedLocation(target.NameLocation, $"service {target.Name}"));
        }
    }
}

using System.Linq;
using RedFire.Lint.Deployment;

namespace RedFire.Lint.Rules.Deployment;

/// <summary>
/// Data stores (postgres, redis, … per policy) belong on <c>internal: true</c> networks only. A service with no
/// <c>networks:</c> joins the implicit <c>default</c> network, which is never internal. An <c>external: true</c>
/// network is created outside the project (<c>docker network create --internal</c> decides), so what it allows
/// cannot be seen here and it is not reported.
/// </summary>
public sealed class DataStoreOnReachableNetworkRule : IRule<DeploymentModel>
{
    public string Id => RuleIds.DataStoreOnReachableNetwork;

    public void Check(DeploymentModel model, RuleContext context)
    {
        foreach (var service in model.Services.Where(s => ServiceRoles.IsDataStore(s, context.Policy)))
        {
            if (service.UsesDefaultNetwork)
            {
                context.Report(service.NameLocation,
                    $"Data store {service.Name} names no networks:, so it joins the project's default network, which is not internal and is shared with every service that names none.",
                    $"Put {service.Name} on a network declared with internal: true, shared only with the services that use it.");
                continue;
            }
            foreach (var network in service.Networks.Where(n => !ServiceRoles.IsInternal(model, n.Value)))
            {
                var declared = model.Networks.TryGetValue(network.Value, out var n) ? n : null;
                if (declared?.IsExternal == true) continue;
                var where = declared is null ? "not declared internal" : $"declared at {declared.Location.ReferenceFrom(network.Location)} without internal: true";
                context.Report(network.Location,
                    $"Data store {service.Name} joins network {network.Value}, which is {where}, so anything on it (and the internet through it) can reach the store.",
                    $"Add internal: true to network {network.Value}, or put {service.Name} on a separate internal network for the data tier.");
            }
        }
    }
}

using System.Linq;
using RedFire.Lint.Deployment;

namespace RedFire.Lint.Rules.Deployment;

/// <summary>
/// Data stores (postgres, redis, … per policy) belong on <c>internal: true</c> networks only. A service with no
/// <c>networks:</c> joins the implicit <c>default</c> network, which is never internal.
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
                    $"Data store {service.Name} has no networks: and so joins the project's default network, which is not internal and is shared with every other service that names none. Put it on a network declared with internal: true, shared only with the services that use it.");
                continue;
            }
            foreach (var network in service.Networks.Where(n => !ServiceRoles.IsInternal(model, n.Value)))
            {
                var declared = model.Networks.TryGetValue(network.Value, out var n) ? $"declared at {n.Location.File}:{n.Location.Line} without internal: true" : "not declared internal";
                context.Report(network.Location,
                    $"Data store {service.Name} joins network {network.Value}, which is {declared}: anything on it, and the internet through it, can reach the store. Use a network with internal: true for the data tier.");
            }
        }
    }
}

using System.Linq;
using RedFire.Lint.Deployment;

namespace RedFire.Lint.Rules.Deployment;

/// <summary>A data store that publishes ports is reachable from the host's network, past every network isolation.</summary>
public sealed class DataStorePublishesPortsRule : IRule<DeploymentModel>
{
    public string Id => RuleIds.DataStorePublishesPorts;

    public void Check(DeploymentModel model, RuleContext context)
    {
        foreach (var service in model.Services.Where(s => ServiceRoles.IsDataStore(s, context.Policy)))
            foreach (var port in service.Ports)
                context.Report(port.Location,
                    $"Data store {service.Name} publishes port {port.ContainerPort?.ToString() ?? "?"} to the host: it becomes reachable from outside the compose networks. Remove the ports: entry; services reach it by name on an internal network (use expose: to document the port).");
    }
}

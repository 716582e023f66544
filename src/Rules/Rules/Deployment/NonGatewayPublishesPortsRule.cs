using System.Linq;
using RedFire.Lint.Deployment;

namespace RedFire.Lint.Rules.Deployment;

/// <summary>Only the gateway publishes ports; every other service is reached through it. Data stores have their own rule.</summary>
public sealed class NonGatewayPublishesPortsRule : IRule<DeploymentModel>
{
    public string Id => RuleIds.NonGatewayPublishesPorts;

    public void Check(DeploymentModel model, RuleContext context)
    {
        if (model.Gateway is not { } gateway) return;
        foreach (var service in model.Services.Where(s => s != gateway && !ServiceRoles.IsDataStore(s, context.Policy)))
            foreach (var port in service.Ports)
                context.Report(port.Location,
                    $"Service {service.Name} publishes port {port.ContainerPort?.ToString() ?? "?"}, but only the gateway {gateway.Name} should: this bypasses its TLS, routing and limits. Remove the ports: entry and route to {service.Name} through {gateway.Name}.");
    }
}

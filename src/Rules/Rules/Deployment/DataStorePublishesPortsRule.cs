using System.Linq;
using RedFire.Lint.Deployment;

namespace RedFire.Lint.Rules.Deployment;

/// <summary>
/// A data store that publishes ports is reachable from the host's network, past every network isolation. A port
/// bound to the loopback interface (<c>127.0.0.1:5432:5432</c>) is reachable from the host only, and is fine.
/// </summary>
public sealed class DataStorePublishesPortsRule : IRule<DeploymentModel>
{
    public string Id => RuleIds.DataStorePublishesPorts;

    public void Check(DeploymentModel model, RuleContext context)
    {
        foreach (var service in model.Services.Where(s => ServiceRoles.IsDataStore(s, context.Policy)))
            foreach (var port in service.Ports.Where(p => !p.IsLoopbackOnly))
                context.Report(port.Location,
                    $"Data store {service.Name} publishes port {port.ContainerPort?.ToString() ?? "?"} on every host interface, so it is reachable from outside the compose networks.",
                    $"Remove the ports: entry (services reach {service.Name} by name), or bind it to loopback: '127.0.0.1:{port.HostPort ?? port.ContainerPort?.ToString() ?? "…"}:{port.ContainerPort?.ToString() ?? "…"}'.");
    }
}

using System.Linq;
using RedFire.Lint.Deployment;

namespace RedFire.Lint.Rules.Deployment;

/// <summary>
/// Only the gateway publishes ports; every other service is reached through it. Data stores have their own rule;
/// ports bound to loopback are not reachable from outside, and ports of protocols an HTTP gateway does not carry
/// (AMQP, SMTP, MQTT, UDP, …) have no route through it.
/// </summary>
public sealed class NonGatewayPublishesPortsRule : IRule<DeploymentModel>
{
    public string Id => RuleIds.NonGatewayPublishesPorts;

    public void Check(DeploymentModel model, RuleContext context)
    {
        if (model.Gateway is not { } gateway) return;
        foreach (var service in model.Services.Where(s => s != gateway && !ServiceRoles.IsDataStore(s, context.Policy)))
            foreach (var port in service.Ports.Where(p => !p.IsLoopbackOnly && ServiceRoles.MayBeHttp(p)))
                context.Report(port.Location,
                    $"Service {service.Name} publishes port {port.ContainerPort?.ToString() ?? "?"} itself, bypassing the gateway {gateway.Name} (its TLS, routing and limits).",
                    $"Remove the ports: entry and route to {service.Name} through {gateway.Name}, or bind it to loopback ('127.0.0.1:…') if only the host needs it.");
    }
}

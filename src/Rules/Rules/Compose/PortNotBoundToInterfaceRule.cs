using RedFire.Lint.Compose;

namespace RedFire.Lint.Rules.Compose;

/// <summary>
/// RF2061: a published port without a host IP listens on every interface of the host, public ones included, and
/// Docker's iptables rules bypass a host firewall such as ufw. The gateway is meant to be public and is exempt.
/// </summary>
public sealed class PortNotBoundToInterfaceRule : IRule<ComposeProject>
{
    public string Id => RuleIds.PortNotBoundToInterface;

    public void Check(ComposeProject project, RuleContext context)
    {
        foreach (var service in project.Services)
        {
            if (ComposeFacts.IsGateway(service, context.Policy) || service.NetworkMode?.Value == "host") continue;
            foreach (var port in service.Ports)
            {
                // A mapping whose parts are not ports (published: 127.0.0.1:8080) is broken, not unbound: Docker rejects it.
                if (port.Target is not { Value.Length: > 0 } || (port.Published is { Value.Length: > 0 } && port.PublishedPorts is null)) continue;
                if (!PortHost.ListensEverywhere(port)) continue;
                var published = port.Published?.Value is { Length: > 0 } p ? $"host port {p}" : "a random host port";
                var fix = port.IsLongSyntax
                    ? "add host_ip: 127.0.0.1 (or host_ip: ${BIND_IP:-127.0.0.1} to choose at deploy time)"
                    : $"\"127.0.0.1:{port.Published?.Value ?? port.Target?.Value}:{port.Target?.Value}\", or \"${{BIND_IP:-127.0.0.1}}:…\" to choose at deploy time";
                context.Report(port.Node.UsedAt,
                    $"Service '{service.Name}' publishes container port {port.Target?.Value} on {published} of every host interface, reachable from any network the host is on (Docker's rules bypass ufw/firewalld).",
                    $"Bind it to an address: {fix}.");
            }
        }
    }
}

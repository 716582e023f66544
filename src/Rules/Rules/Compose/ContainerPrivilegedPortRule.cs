using RedFire.Lint.Compose;

namespace RedFire.Lint.Rules.Compose;

/// <summary>
/// RF2075: a process that listens below 1024 needs root or NET_BIND_SERVICE wherever the runtime does not lower
/// ip_unprivileged_port_start (rootless Podman, Kubernetes), which keeps the image from running as a plain user.
/// Only services built here are judged: their listening port is the team's choice, a pulled image's is not.
/// </summary>
public sealed class ContainerPrivilegedPortRule : IRule<ComposeProject>
{
    public string Id => RuleIds.ContainerPrivilegedPort;

    public void Check(ComposeProject project, RuleContext context)
    {
        foreach (var service in project.Services)
        {
            if (service.Build is null || ComposeFacts.IsGateway(service, context.Policy)) continue;
            foreach (var port in service.Ports)
            {
                if (port.TargetPorts is not { } range || range.Start >= 1024 || port.Target is not { } target) continue;
                // "80:80" is an edge server keeping its port on both sides; the host side is RF2062's concern.
                if (port.PublishedPorts is { Start: < 1024 }) continue;
                context.Report(target.UsedAt,
                    $"Service '{service.Name}' listens on container port {target.Value}, below 1024, so its process needs root or NET_BIND_SERVICE to bind it.",
                    $"Make the service listen on a port of 1024 or above (ASP.NET Core: ASPNETCORE_HTTP_PORTS=8080) and map that one (\"{port.Published?.Value ?? "8080"}:8080\").");
            }
        }
    }
}

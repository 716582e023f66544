using RedFire.Lint.Compose;

namespace RedFire.Lint.Rules.Compose;

/// <summary>
/// RF2062: host ports below 1024 are the host's well-known services (ssh, smtp, http). Only the gateway should
/// take them; another service on one collides with the host's own daemons or exposes an unexpected service.
/// </summary>
public sealed class PrivilegedHostPortRule : IRule<ComposeProject>
{
    public string Id => RuleIds.PrivilegedHostPort;

    public void Check(ComposeProject project, RuleContext context)
    {
        foreach (var service in project.Services)
        {
            if (ComposeFacts.IsGateway(service, context.Policy)) continue;
            foreach (var port in service.Ports)
            {
                if (port.PublishedPorts is not { } range || range.Start >= 1024 || range.End < 1) continue;
                var published = port.Published!;
                context.Report(published.UsedAt,
                    $"Service '{service.Name}' publishes host port {published.Value}, below 1024, the range of the host's well-known services that only the gateway should take.",
                    $"Publish a port of 1024 or above (\"8080:{port.Target?.Value}\"), or route the service through the gateway.");
            }
        }
    }
}

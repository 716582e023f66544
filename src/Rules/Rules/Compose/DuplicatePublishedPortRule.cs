using System;
using System.Collections.Generic;
using System.Linq;
using RedFire.Lint.Compose;
using RedFire.Lint.Findings;

namespace RedFire.Lint.Rules.Compose;

/// <summary>
/// RF2063: two mappings that take the same host port, protocol and interface: Docker cannot bind the second, so
/// that container fails to start. Ranges overlap port by port; <c>0.0.0.0</c> collides with every address.
/// Services that never start together (disjoint profiles) do not collide. Replicas of one service collide too
/// when the service publishes fewer host ports than it runs containers.
/// </summary>
public sealed class DuplicatePublishedPortRule : IRule<ComposeProject>
{
    private sealed record Binding(ComposeService Service, ComposePort Port, PortRange Range, string Address, string Protocol);

    public string Id => RuleIds.DuplicatePublishedPort;

    public void Check(ComposeProject project, RuleContext context)
    {
        var earlier = new List<Binding>();
        foreach (var service in project.Services)
        {
            if (service.NetworkMode?.Value == "host") continue;
            var replicas = ComposeFacts.Replicas(service);
            foreach (var port in service.Ports)
            {
                if (port.PublishedPorts is not { } range || range.Start > range.End || port.Published is not { } published) continue;
                if (replicas > range.End - range.Start + 1)
                    context.Report(published.UsedAt,
                        $"Service '{service.Name}' runs {replicas} containers (scale/deploy.replicas) but publishes {range.End - range.Start + 1} host port{(range.Start == range.End ? "" : "s")} ({published.Value}), so only one container can bind it and the others fail to start.",
                        $"Publish a range of {replicas} ports (\"{range.Start}-{range.Start + replicas - 1}:{port.Target?.Value}\"), or give only the container port so Docker picks free host ports.");
                var binding = new Binding(service, port, range, port.HostIp?.Value.Trim('[', ']') ?? "", port.ProtocolName.ToLowerInvariant());
                if (earlier.FirstOrDefault(e => Collide(e, binding)) is { } first)
                {
                    var shared = Math.Max(first.Range.Start, range.Start);
                    var firstPublished = first.Port.Published!;
                    context.Report(published.UsedAt,
                        $"Service '{service.Name}' publishes host port {shared}/{binding.Protocol}, which service '{first.Service.Name}' already publishes at {firstPublished.UsedAt.ReferenceFrom(published.UsedAt)}, so the second container fails to start.",
                        $"Give one of the two services another host port.",
                        new RelatedLocation(firstPublished.UsedAt, $"host port {shared} first published by '{first.Service.Name}'"));
                }
                earlier.Add(binding);
            }
        }
    }

    private static bool Collide(Binding a, Binding b) =>
        a.Protocol == b.Protocol
        && a.Range.Start <= b.Range.End && b.Range.Start <= a.Range.End
        && (a.Address == b.Address || PortHost.IsWildcard(a.Address) || PortHost.IsWildcard(b.Address))
        && (a.Service == b.Service || ComposeFacts.CanRunTogether(a.Service, b.Service))
        && !ChosenSeparately(a.Port, b.Port);

    /// <summary>
    /// Host ports that come from two different variables (<c>${NGINX_HTTP_PORT}:80</c>, <c>${APACHE_HTTP_PORT}:80</c>)
    /// are settings the deployment chooses one by one, as catalogs of alternative services do; that their example
    /// values agree says nothing about the ports a deployment uses.
    /// </summary>
    private static bool ChosenSeparately(ComposePort a, ComposePort b) =>
        a.Published!.Variables.Count > 0 && b.Published!.Variables.Count > 0
        && !a.Published.Variables.Any(v => b.Published.Variables.Any(w => w.Name == v.Name));
}

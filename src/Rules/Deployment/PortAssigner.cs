using System;
using System.Collections.Generic;
using System.Linq;
using RedFire.Lint.CSharp;

namespace RedFire.Lint.Deployment;

/// <summary>
/// Maps each port member of the ports class to a compose service: the member's <c>[ComposeService("…")]</c>, else
/// the service whose <c>SERVICE_NAME</c> is the member name without <c>Port</c>, else the service whose name
/// normalises to it (<c>vnpy-core</c> ↔ <c>VnpyCorePort</c>). A service takes at most one member.
/// </summary>
public static class PortAssigner
{
    public static IReadOnlyList<PortAssignment> Assign(PortsClass ports, IReadOnlyList<DeployedService> services)
    {
        var taken = new HashSet<DeployedService>();
        var found = new Dictionary<PortMember, PortAssignment>();
        // Explicit attributes claim their services before any name is guessed.
        foreach (var member in ports.Members.OrderBy(m => m.ComposeService is null))
        {
            var (service, match) = Find(member, services, taken);
            if (service is not null) taken.Add(service);
            found[member] = new PortAssignment(member, service, match);
        }
        return ports.Members.Select(m => found[m]).ToArray();
    }

    private static (DeployedService? Service, PortMatch Match) Find(PortMember member, IReadOnlyList<DeployedService> services, HashSet<DeployedService> taken)
    {
        if (member.ComposeService is { } named)
        {
            var service = services.FirstOrDefault(s => string.Equals(s.Name, named, StringComparison.Ordinal));
            return service is null ? (null, PortMatch.None) : (service, PortMatch.Attribute);
        }
        var stem = Naming.Normalize(member.Stem);
        if (stem.Length == 0) return (null, PortMatch.None);
        var byVariable = services.FirstOrDefault(s => !taken.Contains(s) && s.EnvironmentVariable("SERVICE_NAME")?.Value is { } name && Naming.Normalize(name) == stem);
        if (byVariable is not null) return (byVariable, PortMatch.ServiceNameVariable);
        var byName = services.FirstOrDefault(s => !taken.Contains(s) && Naming.Normalize(s.Name) == stem);
        return byName is null ? (null, PortMatch.None) : (byName, PortMatch.ServiceName);
    }
}

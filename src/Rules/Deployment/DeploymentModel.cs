using System;
using System.Collections.Generic;
using System.Linq;
using RedFire.Lint.CSharp;
using RedFire.Lint.Sources;

namespace RedFire.Lint.Deployment;

/// <summary>
/// One compose project seen as a running system: its services joined with the Dockerfile stage each builds,
/// the nginx configuration mounted into the gateway, the networks and named resources, and the C# ports
/// class with each port member mapped to its service. Cross-file rules read this, never raw files.
/// </summary>
public sealed class DeploymentModel
{
    public DeploymentModel(string composeFile, string projectDirectory, IReadOnlyList<DeployedService> services)
    {
        ComposeFile = composeFile;
        ProjectDirectory = projectDirectory;
        Services = services;
    }

    /// <summary>Display path of the (first) compose file.</summary>
    public string ComposeFile { get; }

    /// <summary>Absolute path relative paths of the project resolve against.</summary>
    public string ProjectDirectory { get; }

    public IReadOnlyList<DeployedService> Services { get; }

    /// <summary>Networks declared at the top level, by name.</summary>
    public IReadOnlyDictionary<string, DeployedNetwork> Networks { get; init; } = new Dictionary<string, DeployedNetwork>();

    /// <summary>Names declared under the top-level <c>volumes</c>, <c>secrets</c> and <c>configs</c>.</summary>
    public IReadOnlyCollection<string> Volumes { get; init; } = [];

    public IReadOnlyCollection<string> Secrets { get; init; } = [];

    public IReadOnlyCollection<string> Configs { get; init; } = [];

    /// <summary>The ports class of the linted tree, when there is one.</summary>
    public PortsClass? Ports { get; init; }

    /// <summary>Each port member with the service it belongs to (null when none matches).</summary>
    public IReadOnlyList<PortAssignment> PortAssignments { get; init; } = [];

    /// <summary>The service meant to publish ports (the nginx gateway), when the project has one.</summary>
    public DeployedService? Gateway { get; init; }

    /// <summary>nginx configuration files mounted into <see cref="Gateway"/>.</summary>
    public IReadOnlyList<GatewayConfig> GatewayConfigs { get; init; } = [];

    /// <summary>A path as messages name a file other than the reported one: relative to the project directory, so short wherever the run started.</summary>
    public string Relative(string fullPath) => DisplayPaths.Relative(ProjectDirectory, fullPath);

    public DeployedService? Service(string name) => Services.FirstOrDefault(s => string.Equals(s.Name, name, StringComparison.Ordinal));

    /// <summary>The port member assigned to a service, if any.</summary>
    public PortAssignment? PortOf(DeployedService service) =>
        PortAssignments.FirstOrDefault(a => ReferenceEquals(a.Service, service));
}

/// <summary>How a port member was matched to its service; messages say so, so a wrong match can be fixed.</summary>
public enum PortMatch
{
    None,
    Attribute,
    ServiceNameVariable,
    ServiceName,
}

public sealed record PortAssignment(PortMember Member, DeployedService? Service, PortMatch Match)
{
    /// <summary>How the member was tied to its service, for messages: a wrong guess must be visible to be fixed.</summary>
    public string MatchDescription => Match switch
    {
        PortMatch.Attribute => "by its [ComposeService] attribute",
        PortMatch.ServiceNameVariable => $"by SERVICE_NAME={Service?.EnvironmentVariable("SERVICE_NAME")?.Value}",
        PortMatch.ServiceName => "by name",
        _ => "to no service",
    };
}

/// <summary>A top-level network: <c>internal: true</c> networks have no route outside the host.</summary>
public sealed record DeployedNetwork(string Name, bool IsInternal, bool IsExternal, Location Location);

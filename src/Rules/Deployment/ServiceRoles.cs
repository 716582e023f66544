using System;
using System.Collections.Generic;
using System.Linq;
using RedFire.Lint.Policy;

namespace RedFire.Lint.Deployment;

/// <summary>What a service is, from its image (or the image its Dockerfile builds on) and the policy's lists.</summary>
public static class ServiceRoles
{
    /// <summary>The image the service runs: <c>image:</c>, else the root base image of the stage it builds.</summary>
    public static ImageName? ImageOf(DeployedService service) => service.Stage?.BaseImage?.Value ?? service.Image?.Value;

    public static bool IsDataStore(DeployedService service, LintPolicy policy) => Matches(ImageOf(service), policy.DataStoreImages);

    public static bool DropsPrivileges(DeployedService service, LintPolicy policy) => Matches(ImageOf(service), policy.PrivilegeDroppingImages);

    /// <summary>
    /// A one-shot job (a migration, a seed) needs no health check: others wait for it with
    /// <c>service_completed_successfully</c>, or it says <c>restart: "no"</c>/<c>on-failure</c> explicitly.
    /// </summary>
    public static bool IsOneShot(DeploymentModel deployment, DeployedService service) =>
        deployment.Services.SelectMany(s => s.DependsOn).Any(d => d.Service == service.Name && d.Condition == "service_completed_successfully")
        || service.Restart is "no" || (service.Restart?.StartsWith("on-failure", StringComparison.Ordinal) ?? false);

    /// <summary>An image list entry matches the repository itself or its last path segment (<c>bitnami/redis</c> matches <c>redis</c>).</summary>
    public static bool Matches(ImageName? image, IReadOnlyList<string> repositories)
    {
        if (image is null) return false;
        var repository = image.ShortRepository;
        var lastSegment = repository.Substring(repository.LastIndexOf('/') + 1);
        return repositories.Any(r => string.Equals(r, repository, StringComparison.OrdinalIgnoreCase)
            || string.Equals(r, image.Repository, StringComparison.OrdinalIgnoreCase)
            || (!r.Contains("/") && string.Equals(r, lastSegment, StringComparison.OrdinalIgnoreCase)));
    }

    /// <summary>
    /// Container ports of protocols an HTTP gateway does not carry (AMQP, SQL, SMTP, MQTT, DNS, SSH, …): a service
    /// publishing one has no gateway route to take instead.
    /// </summary>
    private static readonly HashSet<int> NonHttpPorts =
    [
        21, 22, 25, 53, 110, 143, 389, 465, 514, 587, 636, 993, 995, 1025, 1433, 1521, 1883, 2181, 3306, 3478, 4369, 5044, 5060,
        2525, 5222, 5269, 5432, 5671, 5672, 6379, 7000, 7001, 8883, 9042, 9092, 11211, 24224, 25672, 27017,
    ];

    /// <summary>Whether the port could be routed through an HTTP gateway: TCP and not a well-known non-HTTP protocol.</summary>
    public static bool MayBeHttp(PortMapping port) =>
        !string.Equals(port.Protocol, "udp", StringComparison.OrdinalIgnoreCase) && !(port.ContainerPort is { } p && NonHttpPorts.Contains(p));

    /// <summary>The networks a service is on, with <c>default</c> for a service that names none.</summary>
    public static IEnumerable<string> NetworksOf(DeployedService service) =>
        service.UsesDefaultNetwork ? ["default"] : service.Networks.Select(n => n.Value);

    /// <summary>Internal: declared <c>internal: true</c>. The implicit default network never is.</summary>
    public static bool IsInternal(DeploymentModel deployment, string network) =>
        deployment.Networks.TryGetValue(network, out var declared) && declared.IsInternal;
}

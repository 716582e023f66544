using System;
using RedFire.Lint.Compose;
using RedFire.Lint.Compose.Yaml;

namespace RedFire.Lint.Rules.Compose;

/// <summary>
/// RF2053: a namespace shared with the host removes one layer of the container's isolation. Host monitors (the
/// policy's hostMonitorImages: node-exporter, cadvisor, …) share them by design.
/// </summary>
public sealed class HostNamespaceSharedRule : IRule<ComposeProject>
{
    private static readonly (string Key, string Consequence)[] Namespaces =
    [
        ("network_mode", "the container uses the host's network stack: it can bind any host port and reach services listening on localhost, and compose networks no longer isolate it"),
        ("pid", "the container sees and can signal every process on the host"),
        ("ipc", "the container shares the host's shared memory and semaphores"),
        ("userns_mode", "user-namespace remapping is off, so root in the container is root on the host"),
        ("uts", "the container can change the host's hostname"),
        ("cgroup", "the container sees the host's cgroup hierarchy"),
    ];

    public string Id => RuleIds.HostNamespaceShared;

    public void Check(ComposeProject project, RuleContext context)
    {
        foreach (var service in project.Services)
        {
            if (ComposeFacts.RunsOneOf(service, context.Policy.HostMonitorImages)) continue;
            foreach (var (key, consequence) in Namespaces)
            {
                if (service.Node.Find(key)?.Value is not YamlScalar value || !string.Equals(value.Value.Trim(), "host", StringComparison.OrdinalIgnoreCase)) continue;
                context.Report(value.UsedAt,
                    $"Service '{service.Name}' sets {key}: host, so {consequence}.",
                    $"Remove {key}: host (the default is a namespace of the container's own) unless the service is a host agent that cannot work otherwise.");
            }
        }
    }
}

using System;
using System.Linq;
using RedFire.Lint.Compose;

namespace RedFire.Lint.Rules.Compose;

/// <summary>
/// RF2051: whoever reaches the container runtime's socket controls every container and the host. Images whose job
/// needs the socket (the policy's runtimeSocketImages: traefik, portainer, watchtower, …) are expected to mount it.
/// </summary>
public sealed class DockerSocketMountedRule : IRule<ComposeProject>
{
    private static readonly string[] Sockets = ["docker.sock", "containerd.sock", "podman.sock", "cri-dockerd.sock", "crio.sock", "docker_engine"];

    public string Id => RuleIds.DockerSocketMounted;

    public void Check(ComposeProject project, RuleContext context)
    {
        foreach (var service in project.Services)
        {
            if (ComposeFacts.RunsOneOf(service, context.Policy.RuntimeSocketImages)) continue;
            foreach (var mount in service.Volumes)
            {
                if (mount.Type is not (VolumeMountType.Bind or VolumeMountType.Npipe) || mount.Source is not { } source || !IsRuntimeSocket(source.Value)) continue;
                var access = mount.ReadOnly ? " (read-only does not help: the socket accepts every API call)" : "";
                context.Report(source.UsedAt,
                    $"Service '{service.Name}' mounts the container runtime socket '{source.Value}'{access}, so any process in it can start a privileged container and take over the host.",
                    $"Remove the mount, or put a filtering socket proxy (for example tecnativa/docker-socket-proxy) in between that allows only the API calls needed.");
            }
        }
    }

    /// <summary>
    /// <c>/var/run/docker.sock</c>, <c>/run/docker.sock</c>, a rootless <c>$XDG_RUNTIME_DIR/docker.sock</c>, containerd and
    /// podman sockets, and Docker's Windows named pipe <c>\\.\pipe\docker_engine</c>.
    /// </summary>
    private static bool IsRuntimeSocket(string path)
    {
        var name = path.TrimEnd('/', '\\');
        name = name.Substring(name.LastIndexOfAny(['/', '\\']) + 1);
        return Sockets.Contains(name, StringComparer.Ordinal);
    }
}

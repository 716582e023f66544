using System;
using System.Linq;
using RedFire.Lint.Compose;
using RedFire.Lint.Compose.Yaml;

namespace RedFire.Lint.Rules.Compose;

/// <summary>
/// RF2052: a bind mount of a host directory that holds the host's system, kernel interfaces, credentials or the
/// container runtime's state. Project paths, home-directory projects and harmless files (/etc/localtime) pass, and
/// so do read-only mounts into host monitors (the policy's hostMonitorImages: node-exporter, cadvisor, …), whose job
/// is to read the host.
/// </summary>
public sealed class SensitiveHostPathMountedRule : IRule<ComposeProject>
{
    /// <summary>Mounting one of these directories itself exposes the whole host system.</summary>
    private static readonly string[] SystemDirectories =
        ["/", "/bin", "/sbin", "/lib", "/lib64", "/usr", "/boot", "/dev", "/etc", "/home", "/root", "/run", "/var", "/var/lib", "/var/run", "/proc", "/sys"];

    /// <summary>Anything below these is host kernel state, host secrets or the runtime's data, read-only or not.</summary>
    private static readonly string[] SensitiveTrees =
        ["/proc", "/sys", "/boot", "/root", "/var/lib/docker", "/var/lib/containerd", "/var/lib/kubelet", "/etc/shadow", "/etc/gshadow", "/etc/sudoers", "/etc/sudoers.d", "/etc/ssh", "/etc/kubernetes"];

    /// <summary>Files under /etc that containers commonly read from the host on purpose.</summary>
    private static readonly string[] HarmlessEtc =
        ["/etc/localtime", "/etc/timezone", "/etc/machine-id", "/etc/hostname", "/etc/hosts", "/etc/resolv.conf", "/etc/ssl/certs", "/etc/ca-certificates", "/etc/pki/ca-trust"];

    /// <summary>Credentials in a user's home directory (<c>~/.ssh</c>).</summary>
    private static readonly string[] HomeCredentials = ["~/.ssh", "~/.aws", "~/.gnupg", "~/.kube", "~/.docker", "~/.config/gcloud", "~/.azure"];

    public string Id => RuleIds.SensitiveHostPathMounted;

    public void Check(ComposeProject project, RuleContext context)
    {
        foreach (var service in project.Services)
        {
            var monitorsHost = ComposeFacts.RunsOneOf(service, context.Policy.HostMonitorImages);
            foreach (var mount in service.Volumes)
            {
                if (monitorsHost && mount.ReadOnly) continue;
                if (mount.Type != VolumeMountType.Bind || mount.Source is not { } source || Reason(source.Value, mount.ReadOnly) is not { } reason) continue;
                context.Report(source.UsedAt,
                    $"Service '{service.Name}' mounts the host's '{source.Value}' at '{mount.Target?.Value}'{(mount.ReadOnly ? " (read-only)" : "")}, and {reason}.",
                    $"Mount only the project files or a named volume the service needs.");
            }
        }
        foreach (var volume in project.Volumes)
        {
            // A local volume with driver_opts {type: none, o: bind, device: /path} is a bind mount in disguise.
            if (volume.Node?["driver_opts"] is not YamlMapping options) continue;
            foreach (var key in new[] { "device", "mountpoint" })
            {
                if (YamlViews.Scalar(options, key) is not { } device || Reason(device.Value, readOnly: false) is not { } reason) continue;
                context.Report(device.UsedAt,
                    $"Volume '{volume.Name}' binds the host's '{device.Value}' ({key}), and {reason}.",
                    $"Point the volume at a directory of its own.");
            }
        }
    }

    /// <summary>Why mounting this host path is dangerous, or null when it is not.</summary>
    internal static string? Reason(string path, bool readOnly)
    {
        var normalized = Normalize(path);
        if (normalized.Length == 0) return null;
        if (normalized == "~" || HomeCredentials.Any(c => Within(normalized, c)))
            return "it holds the user's credentials";
        if (!normalized.StartsWith("/", StringComparison.Ordinal)) return null;
        if (SystemDirectories.Contains(normalized, StringComparer.Ordinal))
            return normalized != "/" ? "it is a system directory of the host"
                : readOnly ? "the container sees the whole host file system" : "the container sees and can change the whole host file system";
        if (SensitiveTrees.Any(t => Within(normalized, t)))
            return "it exposes the host's kernel interfaces, secrets or container runtime state";
        if (Within(normalized, "/etc") && !readOnly && !HarmlessEtc.Any(h => Within(normalized, h)))
            return "the container can change the host's configuration";
        return null;
    }

    private static bool Within(string path, string directory) =>
        path == directory || path.StartsWith(directory + "/", StringComparison.Ordinal);

    /// <summary>Trailing and doubled slashes removed; <c>.</c> segments dropped (a path with <c>..</c> is left as written).</summary>
    private static string Normalize(string path)
    {
        var parts = path.Trim().Split('/').Where(p => p.Length > 0 && p != ".").ToArray();
        var rooted = path.Trim().StartsWith("/", StringComparison.Ordinal);
        return (rooted ? "/" : "") + string.Join("/", parts);
    }
}

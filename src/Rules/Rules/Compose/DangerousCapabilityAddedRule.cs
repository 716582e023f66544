using System;
using System.Collections.Generic;
using RedFire.Lint.Compose;

namespace RedFire.Lint.Rules.Compose;

/// <summary>
/// RF2054: capabilities that let a process leave the container or control the host. NET_ADMIN only counts with the
/// host's network: in the container's own network namespace (VPN and DNS containers) it changes nothing of the host.
/// </summary>
public sealed class DangerousCapabilityAddedRule : IRule<ComposeProject>
{
    private static readonly Dictionary<string, string> Dangerous = new(StringComparer.Ordinal)
    {
        ["ALL"] = "every capability, as good as privileged: true",
        ["SYS_ADMIN"] = "mount file systems, use namespaces and many kernel interfaces: the usual way out of a container",
        ["NET_ADMIN"] = "reconfigure the host's interfaces, routes and firewall rules (it shares the host's network with network_mode: host)",
        ["SYS_PTRACE"] = "trace and inject code into other processes",
        ["SYS_MODULE"] = "load kernel modules into the host's kernel",
        ["SYS_RAWIO"] = "raw access to I/O ports and device memory",
        ["SYS_BOOT"] = "reboot the host",
        ["SYS_TIME"] = "change the host's clock",
        ["DAC_READ_SEARCH"] = "read any file by handle, past permission checks (the 'shocker' escape)",
        ["BPF"] = "load eBPF programs into the host's kernel",
        ["PERFMON"] = "observe the host's kernel and other processes",
        ["MAC_ADMIN"] = "change the host's AppArmor/SELinux policy",
        ["MAC_OVERRIDE"] = "bypass the host's AppArmor/SELinux policy",
        ["SYSLOG"] = "read and clear the host kernel's log",
    };

    public string Id => RuleIds.DangerousCapabilityAdded;

    public void Check(ComposeProject project, RuleContext context)
    {
        foreach (var service in project.Services)
        {
            foreach (var capability in service.CapAdd)
            {
                var name = capability.Value.Trim().ToUpperInvariant();
                if (name.StartsWith("CAP_", StringComparison.Ordinal)) name = name.Substring(4);
                if (!Dangerous.TryGetValue(name, out var power) || (name == "NET_ADMIN" && service.NetworkMode?.Value != "host")) continue;
                context.Report(capability.UsedAt,
                    $"Service '{service.Name}' adds capability {capability.Value}, which lets it {power}.",
                    $"Remove {capability.Value} from cap_add and add only the narrow capabilities the service needs (for example NET_BIND_SERVICE to listen below port 1024).");
            }
        }
    }
}

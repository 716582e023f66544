using System;
using System.Linq;
using RedFire.Lint.Compose;

namespace RedFire.Lint.Rules.Compose;

/// <summary>RF2068 (off by default): dropping every capability and adding back the few needed is least privilege.</summary>
public sealed class CapabilitiesNotDroppedRule : IRule<ComposeProject>
{
    public string Id => RuleIds.CapabilitiesNotDropped;

    public void Check(ComposeProject project, RuleContext context)
    {
        foreach (var service in project.Services)
        {
            if (service.IsPrivileged || service.CapDrop.Any(c => string.Equals(c.Value.Trim(), "ALL", StringComparison.OrdinalIgnoreCase))) continue;
            context.Report(ComposeFacts.WhereToAdd(service, "cap_drop"),
                $"Service '{service.Name}' has no cap_drop, so it keeps Docker's default capabilities (CHOWN, DAC_OVERRIDE, SETUID, NET_RAW, …) where cap_drop: [ALL] is expected.",
                $"Add cap_drop: [ALL] and cap_add only the capabilities the service uses.");
        }
    }
}

using System.Linq;
using RedFire.Lint.Deployment;

namespace RedFire.Lint.Rules.Deployment;

/// <summary>
/// A service configured with a URL outside the project (a webhook, a broker API) but joined only to
/// <c>internal: true</c> networks cannot reach it: internal networks have no route out.
/// </summary>
public sealed class ExternalUrlOnInternalNetworkRule : IRule<DeploymentModel>
{
    public string Id => RuleIds.ExternalUrlOnInternalNetwork;

    public void Check(DeploymentModel model, RuleContext context)
    {
        foreach (var service in model.Services)
        {
            var networks = ServiceRoles.NetworksOf(service).ToArray();
            if (networks.Length == 0 || !networks.All(n => ServiceRoles.IsInternal(model, n))) continue;
            foreach (var variable in service.Environment)
            {
                if (variable.Value is not { } value || PortArguments.HostOfUrl(value) is not { } host) continue;
                if (!host.Contains(".") || PortArguments.IsLocalHost(host) || model.Service(host) is not null) continue;
                context.Report(variable.Location,
                    $"Service {service.Name} is configured to reach {host} ({variable.Name}), outside the project, but joins only internal networks ({string.Join(", ", networks)}), which have no route out, so every call fails.",
                    $"Add a non-internal network for its outbound traffic (publishing nothing).");
            }
        }
    }
}

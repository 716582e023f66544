using System.Linq;
using RedFire.Lint.Deployment;

namespace RedFire.Lint.Rules.Deployment;

/// <summary>A service that states a port none of the ports class's members covers: the port lives outside the single source of truth.</summary>
public sealed class ServiceWithoutPortMemberRule : IRule<DeploymentModel>
{
    public string Id => RuleIds.ServiceWithoutPortMember;

    public void Check(DeploymentModel model, RuleContext context)
    {
        if (model.Ports is not { } ports) return;
        foreach (var service in model.Services)
        {
            // The ports class is about the services this repository builds; the gateway and images like postgres have their own.
            if (service.Build is null || service == model.Gateway || model.PortOf(service) is not null) continue;
            var stated = PortStatements.Of(model, service).FirstOrDefault();
            if (stated is null) continue;
            context.Report(service.NameLocation,
                $"Service {service.Name} listens on {stated.Value} ({stated.Description}, {stated.Location.ReferenceFrom(service.NameLocation)}), but {ports.Name} ({ports.NameLocation.File}), where its port should be stated once, has no member for it.",
                $"Add one named {Naming.ToPascalCase(service.Name)}Port, or with [ComposeService(\"{service.Name}\")], so the port has one source of truth.");
        }
    }
}

using System.Collections.Generic;
using System.Linq;
using RedFire.Lint.Compose;
using RedFire.Lint.Compose.Yaml;
using RedFire.Lint.Findings;

namespace RedFire.Lint.Rules.Compose;

/// <summary>
/// RF2064: container names are unique per Docker host; the second service with the same one cannot be created, and
/// a service with a container_name cannot run more than one container.
/// </summary>
public sealed class DuplicateContainerNameRule : IRule<ComposeProject>
{
    public string Id => RuleIds.DuplicateContainerName;

    public void Check(ComposeProject project, RuleContext context)
    {
        var earlier = new List<(ComposeService Service, YamlScalar Name)>();
        foreach (var service in project.Services)
        {
            if (service.ContainerName is not { Value.Length: > 0 } name) continue;
            if (ComposeFacts.Replicas(service) is var replicas and > 1)
                context.Report(name.UsedAt,
                    $"Service '{service.Name}' sets container_name '{name.Value}' but runs {replicas} containers (scale/deploy.replicas), and Compose refuses several containers of one name.",
                    $"Remove container_name.");
            var first = earlier.FirstOrDefault(e => e.Name.Value == name.Value && ComposeFacts.CanRunTogether(e.Service, service));
            if (first.Service is not null)
            {
                var where = first.Name.UsedAt.File == name.UsedAt.File ? $"on line {first.Name.UsedAt.Line}" : $"in {first.Name.UsedAt.File} on line {first.Name.UsedAt.Line}";
                context.Report(name.UsedAt,
                    $"Service '{service.Name}' sets container_name '{name.Value}', which service '{first.Service.Name}' already uses {where}, so Docker refuses the second container.",
                    $"Give each service its own container_name, or remove it.",
                    new RelatedLocation(first.Name.UsedAt, $"container_name '{name.Value}' of '{first.Service.Name}'"));
            }
            earlier.Add((service, name));
        }
    }
}

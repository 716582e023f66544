using System.Collections.Generic;
using System.Linq;
using RedFire.Lint.Compose;
using RedFire.Lint.Compose.Yaml;
using RedFire.Lint.Findings;

namespace RedFire.Lint.Rules.Compose;

/// <summary>RF2064: container names are unique per Docker host; the second service with the same one cannot be created.</summary>
public sealed class DuplicateContainerNameRule : IRule<ComposeProject>
{
    public string Id => RuleIds.DuplicateContainerName;

    public void Check(ComposeProject project, RuleContext context)
    {
        var earlier = new List<(ComposeService Service, YamlScalar Name)>();
        foreach (var service in project.Services)
        {
            if (service.ContainerName is not { Value.Length: > 0 } name) continue;
            var first = earlier.FirstOrDefault(e => e.Name.Value == name.Value && ComposeFacts.CanRunTogether(e.Service, service));
            if (first.Service is not null)
            {
                context.Report(name.UsedAt,
                    $"{name.Location.File}: service '{service.Name}' sets container_name '{name.Value}', which service '{first.Service.Name}' already uses at {first.Name.Location.File}:{first.Name.UsedAt.Line}; Docker refuses a second container of that name. Give each service its own name, or remove container_name.",
                    new RelatedLocation(first.Name.UsedAt, $"container_name '{name.Value}' of '{first.Service.Name}'"));
            }
            earlier.Add((service, name));
        }
    }
}

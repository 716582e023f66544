using RedFire.Lint.Compose;

namespace RedFire.Lint.Rules.Compose;

/// <summary>RF2005: a fixed <c>container_name</c> prevents scaling and collides between copies of the project.</summary>
public sealed class ContainerNameRule : IRule<ComposeProject>
{
    public string Id => RuleIds.ContainerName;

    public void Check(ComposeProject project, RuleContext context)
    {
        foreach (var service in project.Services)
        {
            if (service.Node.Find("container_name") is not { } entry) continue;
            context.Report(entry.Key.UsedAt,
                $"Service '{service.Name}' sets container_name '{entry.Value}', so it cannot be scaled and a second copy of the project on the same host fails.",
                $"Remove container_name: Compose names the containers {project.Name}-{service.Name}-N, and other services reach it as '{service.Name}'.");
        }
    }
}

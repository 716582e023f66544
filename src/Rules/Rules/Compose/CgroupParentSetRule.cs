using RedFire.Lint.Compose;

namespace RedFire.Lint.Rules.Compose;

/// <summary>RF2071: cgroup_parent places the container in a cgroup Docker does not manage, outside the limits it sets.</summary>
public sealed class CgroupParentSetRule : IRule<ComposeProject>
{
    public string Id => RuleIds.CgroupParentSet;

    public void Check(ComposeProject project, RuleContext context)
    {
        foreach (var service in project.Services)
        {
            if (service.Node.Find("cgroup_parent") is not { } entry) continue;
            context.Report(ComposeFacts.KeyAt(entry),
                $"Service '{service.Name}' sets cgroup_parent '{entry.Value}', so its limits and accounting depend on a cgroup Docker does not manage.",
                $"Remove cgroup_parent unless the host's cgroup is set up for this service.");
        }
    }
}

using RedFire.Lint.Compose;

namespace RedFire.Lint.Rules.Compose;

/// <summary>RF2050: a privileged container has every capability and every host device; escaping it is trivial.</summary>
public sealed class PrivilegedServiceRule : IRule<ComposeProject>
{
    public string Id => RuleIds.PrivilegedService;

    public void Check(ComposeProject project, RuleContext context)
    {
        foreach (var service in project.Services)
        {
            if (!service.IsPrivileged) continue;
            var value = service.Privileged!;
            context.Report(value.UsedAt,
                $"Service '{service.Name}' sets privileged: true, which gives the container every capability and all host devices, so a compromise of it is a compromise of the host.",
                $"Remove privileged and grant only what the service needs (cap_add: [NET_BIND_SERVICE], devices: [/dev/…]).");
        }
    }
}

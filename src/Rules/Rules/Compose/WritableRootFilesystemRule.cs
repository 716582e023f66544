using RedFire.Lint.Compose;

namespace RedFire.Lint.Rules.Compose;

/// <summary>RF2057 (off by default): a read-only root file system keeps an intruder from changing the service's code.</summary>
public sealed class WritableRootFilesystemRule : IRule<ComposeProject>
{
    public string Id => RuleIds.WritableRootFilesystem;

    public void Check(ComposeProject project, RuleContext context)
    {
        foreach (var service in project.Services)
        {
            if (service.IsReadOnly) continue;
            context.Report(service.ReadOnly?.UsedAt ?? service.Key.UsedAt,
                $"Service '{service.Name}' runs with a writable root file system, so an intruder can change its code and tools.",
                $"Set read_only: true and give the paths it writes a volume or tmpfs (tmpfs: [/tmp]).");
        }
    }
}

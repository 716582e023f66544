using System.Linq;
using RedFire.Lint.Deployment;

namespace RedFire.Lint.Rules.Deployment;

/// <summary>
/// A bind mount whose host path does not exist: Docker silently creates an empty directory there, so the
/// container starts without the files it expects (and a file mount such as nginx.conf becomes a directory).
/// </summary>
public sealed class BindMountSourceMissingRule : IRule<DeploymentModel>
{
    public string Id => RuleIds.BindMountSourceMissing;

    public void Check(DeploymentModel model, RuleContext context)
    {
        foreach (var service in model.Services)
            foreach (var mount in service.Volumes.Where(v => v.Type == MountType.Bind && v.SourceFullPath is not null && !v.SourceExists))
                context.Report(mount.SourceLocation ?? mount.Location,
                    $"Service {service.Name} mounts {mount.Source} at {mount.Target}, but {mount.Source} does not exist next to {model.ComposeFile}: Docker creates an empty directory in its place and the container starts without those files. Add it to the repository, or create it in deployment (and document it).");
    }
}

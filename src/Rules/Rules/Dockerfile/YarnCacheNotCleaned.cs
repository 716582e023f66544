using System.Linq;
using RedFire.Lint.Dockerfiles;

namespace RedFire.Lint.Rules.Dockerfile;

/// <summary>
/// RF1060 (info): <c>yarn install</c> in the final image without <c>yarn cache clean</c> in the same RUN keeps
/// yarn's package cache in the layer. A cache or tmpfs mount on the cache directory is fine.
/// </summary>
public sealed class YarnCacheNotCleaned : IRule<DockerfileDocument>
{
    public string Id => RuleIds.YarnCacheNotCleaned;

    public void Check(DockerfileDocument document, RuleContext context)
    {
        foreach (var run in document.FinalImageRuns)
        {
            if (PackageManagers.MountsCacheOn(run, "/usr/local/share/.cache/yarn", "/root/.cache/yarn", "/root/.yarn", "/home/node/.cache/yarn")
                || run.Commands.Any(c => c.Runs("yarn") && c.Subcommand()?.Value == "cache" && c.Operands().Skip(1).FirstOrDefault()?.Value == "clean")) continue;
            foreach (var command in run.Commands.Where(c => c.Runs("yarn") && c.Subcommand("--cwd", "--modules-folder", "--cache-folder")?.Value is "install" or "add"))
                context.Report(command.Location, $"'yarn {command.Subcommand()}' leaves yarn's package cache in the layer, because the same RUN has no 'yarn cache clean'.",
                    $"End the RUN with '&& yarn cache clean', or mount a cache: 'RUN --mount=type=cache,target=/usr/local/share/.cache/yarn …'.");
        }
    }
}

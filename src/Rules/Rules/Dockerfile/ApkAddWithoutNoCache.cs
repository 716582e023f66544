using System.Linq;
using RedFire.Lint.Dockerfiles;

namespace RedFire.Lint.Rules.Dockerfile;

/// <summary>RF1031: <c>apk add</c> without <c>--no-cache</c> in the final image leaves the package index in the layer.</summary>
public sealed class ApkAddWithoutNoCache : IRule<DockerfileDocument>
{
    public string Id => RuleIds.ApkAddWithoutNoCache;

    public void Check(DockerfileDocument document, RuleContext context)
    {
        foreach (var run in document.FinalImageRuns)
        {
            if (PackageManagers.MountsCacheOn(run, "/var/cache/apk", "/etc/apk/cache")) continue;
            var cleans = run.Commands.Any(c => c.Runs("rm") && c.Arguments.Any(a => a.Value.StartsWith("/var/cache/apk")));
            foreach (var command in run.Commands)
            {
                if (!command.Runs("apk") || command.Subcommand(ApkUnpinnedPackages.OptionsWithValue)?.Value != "add") continue;
                if (command.HasOption("--no-cache") || cleans) continue;
                context.Report(command.Location, $"'apk add' has no --no-cache, so the package index stays in the image.",
                    $"Write 'apk add --no-cache …' (no 'apk update' needed).");
            }
        }
    }
}

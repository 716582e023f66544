using System.Linq;
using RedFire.Lint.Dockerfiles;

namespace RedFire.Lint.Rules.Dockerfile;

/// <summary>RF1031: <c>apk add</c> without <c>--no-cache</c> in the final image leaves the package index in the layer.</summary>
public sealed class ApkAddWithoutNoCache : IRule<DockerfileDocument>
{
    public string Id => RuleIds.ApkAddWithoutNoCache;

    public void Check(DockerfileDocument document, RuleContext context)
    {
        foreach (var stage in document.FinalImageStages)
            foreach (var run in stage.Runs)
            {
                if (run.Mounts.Any(m => (m.Value ?? "").Contains("/var/cache/apk") || (m.Value ?? "").Contains("/etc/apk/cache"))) continue;
                var cleans = run.Commands.Any(c => c.Runs("rm") && c.Arguments.Any(a => a.Value.StartsWith("/var/cache/apk")));
                foreach (var command in run.Commands)
                {
                    if (!command.Runs("apk") || command.Subcommand(ApkUnpinnedPackages.OptionsWithValue)?.Value != "add") continue;
                    if (command.HasOption("--no-cache") || cleans) continue;
                    context.Report(command.Location, $"{document.Path}: 'apk add' without --no-cache keeps the package index in the image; write 'apk add --no-cache …' (no 'apk update' needed)");
                }
            }
    }
}

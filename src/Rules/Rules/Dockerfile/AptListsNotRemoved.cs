using System;
using System.Linq;
using RedFire.Lint.Dockerfiles;

namespace RedFire.Lint.Rules.Dockerfile;

/// <summary>
/// RF1006: a RUN of the final image runs <c>apt-get install</c> but does not delete <c>/var/lib/apt/lists</c> in the
/// same RUN, so the package lists stay in the layer. A cache or tmpfs mount on the lists directory is fine.
/// </summary>
public sealed class AptListsNotRemoved : IRule<DockerfileDocument>
{
    public string Id => RuleIds.AptListsNotRemoved;

    public void Check(DockerfileDocument document, RuleContext context)
    {
        foreach (var stage in document.FinalImageStages)
        {
            foreach (var run in stage.Runs)
            {
                var install = run.Commands.FirstOrDefault(c => c.Runs("apt-get") && PackageManagers.AptGetSubcommand(c) == "install");
                if (install is null) continue;
                if (run.Commands.Any(RemovesLists) || run.Mounts.Any(m => (m.Value ?? "").Contains("/var/lib/apt"))) continue;
                context.Report(install.Location,
                    $"{document.Path}: 'apt-get install' in the final image does not remove /var/lib/apt/lists in the same RUN, which leaves tens of MB of package lists in the layer; end the RUN with '&& rm -rf /var/lib/apt/lists/*'");
            }
        }
    }

    private static bool RemovesLists(ShellCommand command) =>
        command.Runs("rm") && command.Arguments.Any(w => w.Value.StartsWith("/var/lib/apt/lists", StringComparison.Ordinal));
}

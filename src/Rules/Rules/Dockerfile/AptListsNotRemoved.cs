using System;
using System.Linq;
using RedFire.Lint.Dockerfiles;

namespace RedFire.Lint.Rules.Dockerfile;

/// <summary>
/// RF1006: a RUN of the final image runs <c>apt-get install</c> (or apt, aptitude) but does not delete
/// <c>/var/lib/apt/lists</c> in the same RUN, so the package lists stay in the layer. Every such RUN is reported.
/// A cache or tmpfs mount on the lists directory (or on /var/lib/apt) is fine. ONBUILD RUNs count in every stage.
/// </summary>
public sealed class AptListsNotRemoved : IRule<DockerfileDocument>
{
    public string Id => RuleIds.AptListsNotRemoved;

    public void Check(DockerfileDocument document, RuleContext context)
    {
        foreach (var run in document.FinalImageRuns)
        {
            var install = run.Commands.FirstOrDefault(c => PackageManagers.IsApt(c) && PackageManagers.AptGetSubcommand(c) == "install");
            if (install is null) continue;
            if (run.Commands.Any(RemovesLists) || PackageManagers.MountsCacheOn(run, "/var/lib/apt/lists")) continue;
            context.Report(install.Location,
                $"'{install.Program} install' leaves /var/lib/apt/lists in the layer (tens of MB of package lists), because the same RUN does not delete them.",
                $"End the RUN with '&& rm -rf /var/lib/apt/lists/*', or mount a cache: 'RUN --mount=type=cache,target=/var/lib/apt/lists …'.");
        }
    }

    private static bool RemovesLists(ShellCommand command) =>
        command.Runs("rm") && command.Arguments.Any(w => w.Value.StartsWith("/var/lib/apt/lists", StringComparison.Ordinal));
}

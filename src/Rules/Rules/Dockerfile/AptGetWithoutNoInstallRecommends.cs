using System.Linq;
using RedFire.Lint.Dockerfiles;

namespace RedFire.Lint.Rules.Dockerfile;

/// <summary>RF1005: <c>apt-get install</c> (or <c>apt install</c>) without <c>--no-install-recommends</c> pulls in packages nobody asked for.</summary>
public sealed class AptGetWithoutNoInstallRecommends : IRule<DockerfileDocument>
{
    public string Id => RuleIds.AptGetWithoutNoInstallRecommends;

    public void Check(DockerfileDocument document, RuleContext context)
    {
        foreach (var (_, _, command) in document.AllRunCommands)
        {
            // aptitude has no such option (its -R does it) and installs recommends only when configured to.
            if (!command.Runs("apt-get") && !command.Runs("apt") || PackageManagers.AptGetSubcommand(command) != "install") continue;
            if (command.HasOption("--no-install-recommends") || command.Words.Any(w => w.Value.Contains("Install-Recommends=false") || w.Value.Contains("Install-Recommends=0"))) continue;
            context.Report(command.Location,
                $"'{command.Program} install' has no --no-install-recommends, so it also installs the recommended packages (a larger image with more to patch).",
                $"Add --no-install-recommends: '{command.Program} install -y --no-install-recommends …'.");
        }
    }
}

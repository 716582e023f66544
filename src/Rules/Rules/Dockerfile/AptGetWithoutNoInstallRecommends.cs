using System.Linq;
using RedFire.Lint.Dockerfiles;

namespace RedFire.Lint.Rules.Dockerfile;

/// <summary>RF1005: <c>apt-get install</c> without <c>--no-install-recommends</c> pulls in packages nobody asked for.</summary>
public sealed class AptGetWithoutNoInstallRecommends : IRule<DockerfileDocument>
{
    public string Id => RuleIds.AptGetWithoutNoInstallRecommends;

    public void Check(DockerfileDocument document, RuleContext context)
    {
        foreach (var (_, _, command) in document.AllRunCommands)
        {
            if (!command.Runs("apt-get") || PackageManagers.AptGetSubcommand(command) != "install") continue;
            if (command.HasOption("--no-install-recommends") || command.Words.Any(w => w.Value.Contains("Install-Recommends=false") || w.Value.Contains("Install-Recommends=0"))) continue;
            context.Report(command.Location,
                $"{document.Path}: 'apt-get install' without --no-install-recommends also installs recommended packages (larger image, more to patch); add --no-install-recommends");
        }
    }
}

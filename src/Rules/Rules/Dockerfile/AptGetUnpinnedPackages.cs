using System.Linq;
using RedFire.Lint.Dockerfiles;

namespace RedFire.Lint.Rules.Dockerfile;

/// <summary>RF1008 (info): <c>apt-get install pkg</c> without <c>pkg=version</c>; rebuilds may install other versions.</summary>
public sealed class AptGetUnpinnedPackages : IRule<DockerfileDocument>
{
    public string Id => RuleIds.AptGetUnpinnedPackages;

    public void Check(DockerfileDocument document, RuleContext context)
    {
        foreach (var (_, _, command) in document.AllRunCommands)
        {
            if (!command.Runs("apt-get") || PackageManagers.AptGetSubcommand(command) != "install") continue;
            foreach (var package in PackageManagers.AptGetPackages(command))
            {
                var name = package.Value;
                if (name.Contains("=") || name.EndsWith(".deb") || name.Contains("/") || PackageManagers.IsVariable(package)) continue;
                context.Report(package.Location, $"{document.Path}: apt package '{name}' has no version; write '{name}=<version>' to get the same package on every build");
            }
        }
    }
}

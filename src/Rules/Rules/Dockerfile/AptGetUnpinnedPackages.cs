using RedFire.Lint.Dockerfiles;

namespace RedFire.Lint.Rules.Dockerfile;

/// <summary>RF1008 (info): <c>apt-get install pkg</c> (or apt, aptitude) without <c>pkg=version</c>; rebuilds may install other versions.</summary>
public sealed class AptGetUnpinnedPackages : IRule<DockerfileDocument>
{
    public string Id => RuleIds.AptGetUnpinnedPackages;

    public void Check(DockerfileDocument document, RuleContext context)
    {
        foreach (var (_, _, command) in document.AllRunCommands)
        {
            if (!PackageManagers.IsApt(command) || PackageManagers.AptGetSubcommand(command) != "install") continue;
            foreach (var package in PackageManagers.AptGetPackages(command))
            {
                var name = package.Value;
                if (name.Contains("=") || name.EndsWith(".deb") || name.Contains("/") || PackageManagers.IsVariable(package)) continue;
                context.Report(package.Location, $"apt package '{name}' has no version, so each build installs whatever version the index has that day.",
                    $"Pin it: '{name}=<version>'.");
            }
        }
    }
}

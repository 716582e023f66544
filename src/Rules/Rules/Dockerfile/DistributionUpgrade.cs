using RedFire.Lint.Dockerfiles;

namespace RedFire.Lint.Rules.Dockerfile;

/// <summary>
/// RF1049 (info): <c>zypper dist-upgrade</c> in a RUN moves the image to whatever its repositories hold, another
/// release than the base image declares; take a newer base image instead. <c>apt-get dist-upgrade</c> stays within
/// the release in sources.list (security updates, as official images do) and is not reported.
/// </summary>
public sealed class DistributionUpgrade : IRule<DockerfileDocument>
{
    public string Id => RuleIds.DistributionUpgrade;

    public void Check(DockerfileDocument document, RuleContext context)
    {
        foreach (var (_, _, command) in document.AllRunCommands)
        {
            var sub = command.Runs("zypper") ? PackageManagers.ZypperSubcommand(command) : null;
            if (sub is not ("dist-upgrade" or "dup")) continue;
            context.Report(command.Location, $"'{command.Program} {sub}' upgrades the whole distribution inside the build, so the image no longer matches the base image it names.",
                $"Use a newer base image tag instead of '{command.Program} {sub}'.");
        }
    }
}

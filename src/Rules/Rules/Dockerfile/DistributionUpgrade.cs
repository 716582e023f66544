using RedFire.Lint.Dockerfiles;

namespace RedFire.Lint.Rules.Dockerfile;

/// <summary>
/// RF1049 (info): <c>zypper dist-upgrade</c> or <c>apt-get dist-upgrade</c> in a RUN moves the image to another
/// distribution release than the base image declares; take a newer base image instead.
/// </summary>
public sealed class DistributionUpgrade : IRule<DockerfileDocument>
{
    public string Id => RuleIds.DistributionUpgrade;

    public void Check(DockerfileDocument document, RuleContext context)
    {
        foreach (var (_, _, command) in document.AllRunCommands)
        {
            var sub = command.Runs("zypper") ? PackageManagers.ZypperSubcommand(command)
                : PackageManagers.IsApt(command) ? PackageManagers.AptGetSubcommand(command) : null;
            if (sub is not ("dist-upgrade" or "dup" or "full-upgrade")) continue;
            context.Report(command.Location, $"'{command.Program} {sub}' upgrades the whole distribution inside the build, so the image no longer matches the base image it names.",
                $"Use a newer base image tag instead of '{command.Program} {sub}'.");
        }
    }
}

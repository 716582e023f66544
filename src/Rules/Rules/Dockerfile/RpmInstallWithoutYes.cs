using RedFire.Lint.Dockerfiles;

namespace RedFire.Lint.Rules.Dockerfile;

/// <summary>
/// RF1032: yum/dnf/microdnf/zypper/pacman install without the non-interactive switch; the build stops at the prompt.
/// </summary>
public sealed class RpmInstallWithoutYes : IRule<DockerfileDocument>
{
    public string Id => RuleIds.RpmInstallWithoutYes;

    public void Check(DockerfileDocument document, RuleContext context)
    {
        foreach (var (_, _, command) in document.AllRunCommands)
        {
            if (PackageManagers.IsRpmInstall(command, out var manager))
            {
                if (command.HasOption("-y", "--assumeyes")) continue;
                var sub = PackageManagers.RpmSubcommand(command);
                context.Report(command.Location, $"'{manager} {sub}' has no -y, so it waits for a confirmation that never comes and the build fails.",
                    $"Add -y: '{manager} {sub} -y …'.");
            }
            else if (PackageManagers.IsZypperInstall(command))
            {
                if (command.HasOption("-y", "--no-confirm", "-n", "--non-interactive")) continue;
                var sub = PackageManagers.ZypperSubcommand(command);
                context.Report(command.Location, $"'zypper {sub}' has neither -y nor --non-interactive, so it waits for a confirmation that never comes.",
                    $"Write 'zypper --non-interactive {sub} -y …'.");
            }
            else if (PackageManagers.IsPacmanSync(command))
            {
                if (command.HasOption("--noconfirm")) continue;
                context.Report(command.Location, $"'{command}' has no --noconfirm, so pacman waits for a confirmation that never comes.",
                    $"Add --noconfirm: 'pacman -S --noconfirm …'.");
            }
        }
    }
}

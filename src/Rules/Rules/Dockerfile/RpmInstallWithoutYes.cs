using RedFire.Lint.Dockerfiles;

namespace RedFire.Lint.Rules.Dockerfile;

/// <summary>RF1032: yum/dnf/microdnf/zypper install without the non-interactive switch; the build stops at the prompt.</summary>
public sealed class RpmInstallWithoutYes : IRule<DockerfileDocument>
{
    public string Id => RuleIds.RpmInstallWithoutYes;

    public void Check(DockerfileDocument document, RuleContext context)
    {
        foreach (var (_, _, command) in document.AllRunCommands)
        {
            if (PackageManagers.IsRpmInstall(command, out var manager))
            {
                if (manager == "microdnf" || command.HasOption("-y", "--assumeyes")) continue;
                context.Report(command.Location, $"'{manager} {command.Subcommand()?.Value}' has no -y, so it waits for a confirmation that never comes and the build fails.",
                    $"Add -y: '{manager} {command.Subcommand()?.Value} -y …'.");
            }
            else if (PackageManagers.IsZypperInstall(command))
            {
                if (command.HasOption("-y", "--no-confirm", "-n", "--non-interactive")) continue;
                context.Report(command.Location, $"'zypper {command.Subcommand()?.Value}' has neither -y nor --non-interactive, so it waits for a confirmation that never comes.",
                    $"Write 'zypper --non-interactive {command.Subcommand()?.Value} -y …'.");
            }
        }
    }
}

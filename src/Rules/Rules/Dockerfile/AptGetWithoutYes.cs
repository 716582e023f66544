using System.Linq;
using RedFire.Lint.Dockerfiles;

namespace RedFire.Lint.Rules.Dockerfile;

/// <summary>
/// RF1004: <c>apt-get install</c> (or upgrade/remove…, and the same through <c>apt</c> or <c>aptitude</c>) without
/// <c>-y</c>: the build waits for an answer and fails.
/// </summary>
public sealed class AptGetWithoutYes : IRule<DockerfileDocument>
{
    public string Id => RuleIds.AptGetWithoutYes;

    public void Check(DockerfileDocument document, RuleContext context)
    {
        foreach (var (_, _, command) in document.AllRunCommands)
        {
            if (!PackageManagers.IsApt(command)) continue;
            var sub = PackageManagers.AptGetSubcommand(command);
            if (sub is not ("install" or "upgrade" or "dist-upgrade" or "remove" or "purge" or "autoremove" or "full-upgrade" or "build-dep" or "safe-upgrade")) continue;
            if (command.HasOption("-y", "--yes", "--assume-yes") || command.Words.Any(w => w.Value is "-qq" or "-q=2" or "--quiet=2")) continue;
            // A simulation (apt-get install -s pkg, to test whether a package exists) changes nothing and asks nothing.
            if (command.HasOption("-s", "--simulate", "--just-print", "--dry-run", "--recon", "--no-act")) continue;
            // Quiet level 2 implies --assume-yes: -q given twice counts too.
            if (command.Arguments.Count(w => w.Value is "-q" or "--quiet") >= 2) continue;
            context.Report(command.Location,
                $"'{command.Program} {sub}' has no -y, so it stops at the confirmation prompt and the build fails.",
                $"Add -y: '{command.Program} {sub} -y …'.");
        }
    }
}

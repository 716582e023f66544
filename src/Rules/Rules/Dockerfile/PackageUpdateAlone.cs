using System.Linq;
using RedFire.Lint.Dockerfiles;
using RedFire.Lint.Findings;

namespace RedFire.Lint.Rules.Dockerfile;

/// <summary>
/// RF1045: a RUN installs packages relying on an index that an earlier RUN of the stage updated on its own
/// (<c>RUN apt-get update</c> then <c>RUN apt-get install …</c>). The build cache keeps the update layer, so the
/// install uses a stale index. Reported at the install, pointing at the lone update. pacman's refresh is
/// <c>-Sy</c> (also in <c>-Syu</c>, which upgrades but installs nothing new), its install a <c>-S</c> naming packages.
/// </summary>
public sealed class PackageUpdateAlone : IRule<DockerfileDocument>
{
    public string Id => RuleIds.PackageUpdateAlone;

    public void Check(DockerfileDocument document, RuleContext context)
    {
        foreach (var stage in document.Stages)
        {
            ShellCommand? loneUpdate = null;
            foreach (var run in stage.Runs)
            {
                var commands = run.Commands;
                var install = commands.FirstOrDefault(IsInstall);
                if (install is not null && loneUpdate is not null && Family(install) == Family(loneUpdate) && !commands.Any(IsUpdate))
                {
                    context.Report(install.Location,
                        $"'{Describe(install)}' relies on '{loneUpdate}', run alone on line {loneUpdate.Location.Line}, whose cached layer can hold a stale package index.",
                        $"Run the update and the install in the same RUN.",
                        new RelatedLocation(loneUpdate.Location, "package index updated in its own RUN"));
                }
                var update = commands.FirstOrDefault(IsUpdate);
                if (update is not null) loneUpdate = install is null ? update : null;
            }
        }
    }

    private static string Family(ShellCommand command) => command.Program is "apt" ? "apt-get" : command.Program is "dnf" or "microdnf" ? "yum" : command.Program ?? "";

    private static string Describe(ShellCommand install) =>
        $"{install.Program} {(install.Runs("pacman") ? install.Arguments.First(a => a.Value.StartsWith("-", System.StringComparison.Ordinal)) : install.Subcommand("-o", "-c", "-t", "--virtual"))}";

    private static bool IsUpdate(ShellCommand command) =>
        IsPacmanRefresh(command) ||
        command.Program is "apt-get" or "apt" or "apk" or "yum" or "dnf" or "zypper" && command.Subcommand("-o", "-c")?.Value is "update" or "refresh" or "ref" or "makecache";

    private static bool IsInstall(ShellCommand command) =>
        (PackageManagers.IsPacmanSync(command) && command.Operands().Any()) ||
        command.Program is "apt-get" or "apt" or "apk" or "yum" or "dnf" or "microdnf" or "zypper"
        && command.Subcommand("-o", "-c", "-t", "--virtual")?.Value is "install" or "add" or "upgrade" or "dist-upgrade" or "in" or "groupinstall" or "reinstall" or "full-upgrade";

    private static bool IsPacmanRefresh(ShellCommand command) =>
        command.Runs("pacman") && command.Arguments.Any(a => a.Value == "--refresh"
            || (a.Value.Length > 2 && a.Value[0] == '-' && a.Value[1] != '-' && a.Value.IndexOf('S') > 0 && a.Value.IndexOf('y') > 0));
}

using System.Linq;
using RedFire.Lint.Dockerfiles;

namespace RedFire.Lint.Rules.Dockerfile;

/// <summary>
/// RF1045: <c>RUN apt-get update</c> (or apk/yum/dnf/zypper) in a RUN that installs nothing: the layer cache keeps
/// the old index, so a later install in another RUN uses stale lists and fails or gets old versions.
/// </summary>
public sealed class PackageUpdateAlone : IRule<DockerfileDocument>
{
    public string Id => RuleIds.PackageUpdateAlone;

    public void Check(DockerfileDocument document, RuleContext context)
    {
        foreach (var (_, run) in document.AllRuns)
        {
            var commands = run.Commands;
            var update = commands.FirstOrDefault(IsUpdate);
            if (update is null || commands.Any(IsInstall)) continue;
            context.Report(update.Location,
                $"{document.Path}: '{update}' runs in a RUN without an install, so the build cache can keep a stale package index for later RUNs; run update and install in the same RUN ('{update.Program} update && {update.Program} install …')");
        }
    }

    private static bool IsUpdate(ShellCommand command) =>
        command.Program is "apt-get" or "apt" or "apk" or "yum" or "dnf" or "zypper" && command.Subcommand("-o", "-c")?.Value is "update" or "refresh" or "ref" or "makecache";

    private static bool IsInstall(ShellCommand command) =>
        command.Program is "apt-get" or "apt" or "apk" or "yum" or "dnf" or "microdnf" or "zypper"
        && command.Subcommand("-o", "-c", "-t", "--virtual")?.Value is "install" or "add" or "upgrade" or "dist-upgrade" or "in" or "groupinstall" or "reinstall" or "full-upgrade";
}

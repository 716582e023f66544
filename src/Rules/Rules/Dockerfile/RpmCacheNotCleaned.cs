using System.Linq;
using RedFire.Lint.Dockerfiles;

namespace RedFire.Lint.Rules.Dockerfile;

/// <summary>RF1033: yum/dnf/microdnf/zypper install in the final image without the matching clean in the same RUN.</summary>
public sealed class RpmCacheNotCleaned : IRule<DockerfileDocument>
{
    public string Id => RuleIds.RpmCacheNotCleaned;

    public void Check(DockerfileDocument document, RuleContext context)
    {
        foreach (var run in document.FinalImageRuns)
        {
            if (PackageManagers.MountsCacheOn(run, "/var/cache/yum", "/var/cache/dnf", "/var/cache/zypp", "/var/cache/libdnf5")) continue;
            foreach (var command in run.Commands)
            {
                string manager;
                string? sub;
                if (PackageManagers.IsRpmInstall(command, out manager)) sub = PackageManagers.RpmSubcommand(command);
                else if (PackageManagers.IsZypperInstall(command)) { manager = "zypper"; sub = PackageManagers.ZypperSubcommand(command); }
                else continue;
                if (run.Commands.Any(c => Cleans(c, manager))) continue;
                var clean = manager == "zypper" ? "zypper clean --all" : $"{manager} clean all";
                context.Report(command.Location, $"'{manager} {sub}' leaves the package cache in the layer, because the same RUN has no '{clean}'.",
                    $"End the RUN with '&& {clean}'.");
            }
        }
    }

    private static bool Cleans(ShellCommand command, string manager)
    {
        if (command.Runs("rm") && command.Arguments.Any(a => a.Value.StartsWith("/var/cache/yum") || a.Value.StartsWith("/var/cache/dnf") || a.Value.StartsWith("/var/cache/zypp"))) return true;
        if (!command.Runs(manager)) return false;
        return command.Subcommand()?.Value is "clean" or "cc";
    }
}

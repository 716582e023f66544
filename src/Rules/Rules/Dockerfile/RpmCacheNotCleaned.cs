using System.Linq;
using RedFire.Lint.Dockerfiles;

namespace RedFire.Lint.Rules.Dockerfile;

/// <summary>RF1033: yum/dnf/microdnf/zypper install in the final image without the matching clean in the same RUN.</summary>
public sealed class RpmCacheNotCleaned : IRule<DockerfileDocument>
{
    public string Id => RuleIds.RpmCacheNotCleaned;

    public void Check(DockerfileDocument document, RuleContext context)
    {
        foreach (var stage in document.FinalImageStages)
            foreach (var run in stage.Runs)
            {
                if (run.Mounts.Any(m => (m.Value ?? "").Contains("type=cache"))) continue;
                foreach (var command in run.Commands)
                {
                    string manager;
                    if (PackageManagers.IsRpmInstall(command, out manager)) { }
                    else if (PackageManagers.IsZypperInstall(command)) manager = "zypper";
                    else continue;
                    if (run.Commands.Any(c => Cleans(c, manager))) continue;
                    var clean = manager == "zypper" ? "zypper clean --all" : $"{manager} clean all";
                    context.Report(command.Location, $"{document.Path}: '{manager} {command.Subcommand()?.Value}' is not followed by '{clean}' in the same RUN, so the package cache stays in the layer; end the RUN with '&& {clean}'");
                }
            }
    }

    private static bool Cleans(ShellCommand command, string manager)
    {
        if (command.Runs("rm") && command.Arguments.Any(a => a.Value.StartsWith("/var/cache/yum") || a.Value.StartsWith("/var/cache/dnf") || a.Value.StartsWith("/var/cache/zypp"))) return true;
        if (!command.Runs(manager)) return false;
        var sub = command.Subcommand()?.Value;
        return sub is "clean" or "cc";
    }
}

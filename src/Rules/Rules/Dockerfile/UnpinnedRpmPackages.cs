using System;
using System.Linq;
using RedFire.Lint.Dockerfiles;

namespace RedFire.Lint.Rules.Dockerfile;

/// <summary>
/// RF1048 (info): <c>yum|dnf|microdnf install pkg</c> without <c>pkg-version</c> (a module without <c>:stream</c>),
/// or <c>zypper install pkg</c> without <c>=version</c> or a comparison.
/// </summary>
public sealed class UnpinnedRpmPackages : IRule<DockerfileDocument>
{
    public string Id => RuleIds.UnpinnedRpmPackages;

    public void Check(DockerfileDocument document, RuleContext context)
    {
        foreach (var (_, _, command) in document.AllRunCommands)
        {
            if (PackageManagers.IsRpmInstall(command, out var manager))
            {
                var module = PackageManagers.RpmSubcommand(command) == "module";
                foreach (var package in PackageManagers.RpmPackages(command))
                {
                    if (package.HasExpansion || IsRpmFileOrPath(package.Value) || (module ? package.Value.Contains(":") : HasRpmVersion(package.Value))) continue;
                    if (module)
                        context.Report(package.Location, $"{manager} module '{package.Value}' has no stream, so each build enables whatever the repository's default stream is that day.",
                            $"Pin the stream: '{package.Value}:<stream>'.");
                    else
                        context.Report(package.Location, $"{manager} package '{package.Value}' has no version, so each build installs whatever the repository has that day.",
                            $"Pin it: '{package.Value}-<version>'.");
                }
            }
            foreach (var package in PackageManagers.ZypperPackages(command))
            {
                if (package.HasExpansion || IsRpmFileOrPath(package.Value) || package.Value.IndexOfAny(['=', '<', '>']) >= 0) continue;
                context.Report(package.Location, $"zypper package '{package.Value}' has no version, so each build installs whatever the repository has that day.",
                    $"Pin it: '{package.Value}=<version>'.");
            }
        }
    }

    private static bool IsRpmFileOrPath(string name) =>
        name.EndsWith(".rpm", StringComparison.Ordinal) || name.Contains("/") || name.StartsWith("@", StringComparison.Ordinal);

    /// <summary>name-version: a '-' followed by a digit (epochs such as openssl-1:1.1.1k included).</summary>
    private static bool HasRpmVersion(string name)
    {
        for (var i = name.IndexOf('-'); i >= 0 && i + 1 < name.Length; i = name.IndexOf('-', i + 1))
            if (char.IsDigit(name[i + 1])) return true;
        return false;
    }
}

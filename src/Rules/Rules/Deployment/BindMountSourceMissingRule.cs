using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using RedFire.Lint.Deployment;
using RedFire.Lint.Sources;

namespace RedFire.Lint.Rules.Deployment;

/// <summary>
/// A bind mount whose host path does not exist: Docker silently creates an empty directory there, so the
/// container starts without the files it expects (and a file mount such as nginx.conf becomes a directory).
/// A mount at a data path (<c>/var/lib/postgresql/data</c>, <c>/data</c>, logs, caches) is where the service
/// writes: the empty directory Docker creates is what it expects, so it is not reported.
/// </summary>
public sealed class BindMountSourceMissingRule : IRule<DeploymentModel>
{
    /// <summary>Where services keep what they write; config files and init scripts are never here.</summary>
    private static readonly Regex DataPath = new(
        @"^(/var/(lib|log|cache|spool|opt)/.+|/bitnami/.+|/srv(/.*)?|/tmp(/.*)?|(/.+)?/(data|db|logs?|storage|uploads|media|consume|export|backups?|cache)(/.*)?)$",
        RegexOptions.CultureInvariant);

    public string Id => RuleIds.BindMountSourceMissing;

    public void Check(DeploymentModel model, RuleContext context)
    {
        // A mount written once in an anchor (x-defaults: &defaults) that twenty services merge is one line to fix: one finding, at it.
        var reported = new HashSet<Location>();
        foreach (var service in model.Services)
            foreach (var mount in service.Volumes.Where(v => v.Type == MountType.Bind && v.SourceFullPath is not null && !v.SourceExists && !IsDataDirectory(v)))
            {
                var at = mount.SourceLocation ?? mount.Location;
                if (!reported.Add(at)) continue;
                // Relative sources resolve against the project's first compose file, which may be another file than this one.
                var composeFile = at.File == model.ComposeFile ? "this compose file" : model.ComposeFile;
                context.Report(at,
                    $"Service {service.Name} mounts {mount.Source} at {mount.Target}, but {mount.Source} does not exist beside {composeFile}, so Docker creates an empty directory and the container starts without those files.",
                    $"Add {mount.Source} to the repository, or document the step of the deployment that creates it.");
            }
    }

    /// <summary>A directory the service fills itself: a data path as target, and no file name (nginx.conf, init.sql) on either side.</summary>
    private static bool IsDataDirectory(VolumeMount mount) =>
        DataPath.IsMatch(mount.Target.TrimEnd('/')) && !LooksLikeFile(mount.Target) && !LooksLikeFile(mount.Source ?? string.Empty);

    private static bool LooksLikeFile(string path)
    {
        var name = path.TrimEnd('/').Split('/').Last();
        var dot = name.LastIndexOf('.');
        return dot > 0 && dot < name.Length - 1 && !name.Substring(dot + 1).All(char.IsDigit);
    }
}

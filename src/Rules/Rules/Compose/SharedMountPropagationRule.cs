using System;
using System.Linq;
using RedFire.Lint.Compose;
using RedFire.Lint.Compose.Yaml;

namespace RedFire.Lint.Rules.Compose;

/// <summary>
/// RF2069: with shared propagation, mounts made inside the container appear on the host, so the container can
/// change what the host sees. slave/rslave only let host mounts into the container and are not reported.
/// </summary>
public sealed class SharedMountPropagationRule : IRule<ComposeProject>
{
    private static readonly string[] Shared = ["shared", "rshared"];

    public string Id => RuleIds.SharedMountPropagation;

    public void Check(ComposeProject project, RuleContext context)
    {
        foreach (var service in project.Services)
        {
            foreach (var mount in service.Volumes)
            {
                var propagation = (mount.Options?["bind"] as YamlMapping)?["propagation"] as YamlScalar;
                if (propagation is not null && Shared.Contains(propagation.Value.Trim(), StringComparer.Ordinal))
                    Report(context, service, mount, propagation);
                else if (mount.Mode is { } mode && mode.Value.Split(',').Any(o => Shared.Contains(o.Trim(), StringComparer.Ordinal)))
                    Report(context, service, mount, mode);
            }
        }
    }

    private static void Report(RuleContext context, ComposeService service, ComposeVolumeMount mount, YamlScalar at) =>
        context.Report(at.UsedAt,
            $"Service '{service.Name}' mounts '{mount.Source?.Value}' with {at.Value} propagation, so mounts made inside the container appear on the host.",
            $"Remove the propagation (the default, rprivate, keeps them apart); use rslave if the container only needs to see the host's later mounts.");
}

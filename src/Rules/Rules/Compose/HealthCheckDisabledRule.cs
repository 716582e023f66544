using System;
using System.Collections.Generic;
using System.Linq;
using RedFire.Lint.Compose;
using RedFire.Lint.Compose.Yaml;

namespace RedFire.Lint.Rules.Compose;

/// <summary>
/// RF2076: <c>healthcheck: disable: true</c> or <c>test: ["NONE"]</c> turns off the image's HEALTHCHECK too, so
/// neither Docker nor <c>depends_on: service_healthy</c> can tell a hung container from a working one. One-shot jobs
/// (others wait for them with <c>service_completed_successfully</c>) have nothing to probe and are exempt.
/// </summary>
public sealed class HealthCheckDisabledRule : IRule<ComposeProject>
{
    public string Id => RuleIds.HealthCheckDisabled;

    public void Check(ComposeProject project, RuleContext context)
    {
        var oneShot = new HashSet<string>(
            project.Services.SelectMany(s => s.DependsOn).Where(d => d.ConditionName == "service_completed_successfully").Select(d => d.Name),
            StringComparer.Ordinal);
        foreach (var service in project.Services)
        {
            if (service.Healthcheck is not { IsDisabled: true } check || oneShot.Contains(service.Name)) continue;
            var disable = YamlViews.Scalar(check.Node, "disable");
            var byDisable = disable?.AsBoolean == true;
            var at = byDisable ? disable! : check.Test!.Arguments[0];
            context.Report(at.UsedAt,
                $"Service '{service.Name}' turns its health check off ({(byDisable ? "disable: true" : "test: NONE")}), so a container that hangs still counts as running.",
                $"Remove the override to keep the image's HEALTHCHECK; if that check does not fit this service's role (a worker of a web image), give it a test that does.");
        }
    }
}

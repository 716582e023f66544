using System.Linq;
using RedFire.Lint.Deployment;
using RedFire.Lint.Findings;

namespace RedFire.Lint.Rules.Deployment;

/// <summary>
/// <c>condition: service_healthy</c> on a service without an enabled health check: Compose refuses to start the
/// project. A service that runs a pulled image without a compose healthcheck is not judged: the image's own
/// HEALTHCHECK (which Compose honours) cannot be seen from the repository.
/// </summary>
public sealed class HealthyDependencyWithoutHealthCheckRule : IRule<DeploymentModel>
{
    public string Id => RuleIds.HealthyDependencyWithoutHealthCheck;

    public void Check(DeploymentModel model, RuleContext context)
    {
        foreach (var service in model.Services)
        {
            foreach (var dependency in service.DependsOn.Where(d => d.Condition == "service_healthy"))
            {
                if (model.Service(dependency.Service) is not { } target) continue;
                var check = target.HealthCheck ?? target.Stage?.HealthCheck;
                if (check is null && target.Stage is null) continue; // the image, and any HEALTHCHECK it has, is unknown
                if (check is { Disabled: false }) continue;
                var why = check is null ? $"neither compose nor its Dockerfile {target.Stage!.DisplayName} stage defines a health check" : $"its health check is disabled ({check.Location.ReferenceFrom(dependency.Location)})";
                var related = check is null ? [] : new[] { new RelatedLocation(check.Location, "disabled health check") };
                context.Report(dependency.Location,
                    $"Service {service.Name} waits for {target.Name} to be healthy, but {why}, so docker compose refuses to start.",
                    $"Add a healthcheck: to {target.Name}, or use condition: service_started.",
                    related);
            }
        }
    }
}

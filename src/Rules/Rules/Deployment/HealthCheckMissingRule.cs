using RedFire.Lint.Deployment;

namespace RedFire.Lint.Rules.Deployment;

/// <summary>
/// Every long-running service needs a health check, in compose or in the image it builds, or nothing notices a
/// service that runs but does not answer. One-shot jobs are exempt; images not built here are judged by compose only.
/// </summary>
public sealed class HealthCheckMissingRule : IRule<DeploymentModel>
{
    public string Id => RuleIds.HealthCheckMissing;

    public void Check(DeploymentModel model, RuleContext context)
    {
        foreach (var service in model.Services)
        {
            if (service.HealthCheck is not null || ServiceRoles.IsOneShot(model, service)) continue;
            if (service.Build is { } build)
            {
                // Without the Dockerfile we cannot know; the missing file is reported on its own.
                if (build.Stage is not { } stage || stage.HealthCheck is not null) continue;
                context.Report(service.NameLocation,
                    $"Service {service.Name} has no health check, in compose or in stage {stage.DisplayName} of {(build.Dockerfile ?? build.Candidate)!.Source.Path}, so a service that runs but does not answer looks healthy.",
                    $"Add a healthcheck: to the service, or a HEALTHCHECK to the stage.");
            }
            else if (service.Image is { } image)
            {
                context.Report(service.NameLocation,
                    $"Service {service.Name} ({image.Value}) has no health check in compose, so a container that runs but does not answer looks healthy and dependents cannot wait for it.",
                    $"Add a healthcheck: with a command the image has.");
            }
        }
    }
}

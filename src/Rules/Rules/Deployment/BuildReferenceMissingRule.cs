using System.Linq;
using RedFire.Lint.Deployment;
using RedFire.Lint.Findings;

namespace RedFire.Lint.Rules.Deployment;

/// <summary>
/// A service's build must resolve: the context directory exists, <c>dockerfile</c> exists relative to the context
/// (not to the compose file), and <c>target</c> is a stage of that Dockerfile. Otherwise <c>docker compose build</c> fails.
/// </summary>
public sealed class BuildReferenceMissingRule : IRule<DeploymentModel>
{
    public string Id => RuleIds.BuildReferenceMissing;

    public void Check(DeploymentModel model, RuleContext context)
    {
        foreach (var service in model.Services)
        {
            if (service.Build is not { IsInline: false } build) continue;
            var contextText = build.Context?.Value ?? ".";
            if (!build.ContextExists)
            {
                context.Report(build.Context?.Location ?? build.Location,
                    $"Service {service.Name}: build context '{contextText}' does not exist ({build.ContextDisplayPath}); docker compose build fails. Context paths are relative to the compose file's directory.");
                continue;
            }
            if (build.Dockerfile is null)
            {
                var written = build.DockerfilePath?.Value ?? "Dockerfile";
                var hint = build.Candidate is { } candidate
                    ? build.Target is { } wanted && candidate.Stage(wanted.Value) is not null
                        ? $" The target stage '{wanted.Value}' is defined in {candidate.Source.Path}; point dockerfile at that file, relative to the context."
                        : $" A file exists at {candidate.Source.Path}; dockerfile is resolved relative to the build context, not to the compose file."
                    : "";
                context.Report(build.DockerfilePath?.Location ?? build.Location,
                    $"Service {service.Name}: dockerfile '{written}' does not exist in build context '{contextText}' (looked for {build.DockerfileDisplayPath}); docker compose build fails.{hint}",
                    build.Candidate is { } c ? new[] { new RelatedLocation(Sources.Location.StartOf(c.Source.Path), "the Dockerfile meant") } : []);
                continue;
            }
            if (build.Target is { } target && build.Dockerfile.Stage(target.Value) is null)
            {
                var stages = string.Join(", ", build.Dockerfile.Stages.Where(s => s.Name is not null).Select(s => s.Name));
                var elsewhere = build.Candidate is { } other && other.Stage(target.Value) is not null ? $" It is defined in {other.Source.Path}." : "";
                context.Report(target.Location,
                    $"Service {service.Name}: target stage '{target.Value}' is not in {build.Dockerfile.Source.Path} (its stages: {(stages.Length == 0 ? "none named" : stages)}); docker compose build fails.{elsewhere}");
            }
        }
    }
}

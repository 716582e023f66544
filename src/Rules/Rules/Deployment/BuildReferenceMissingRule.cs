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
                    $"Build context '{contextText}' of service {service.Name} does not exist, so docker compose build fails.",
                    $"Write the context relative to the compose file's directory.");
                continue;
            }
            if (build.Dockerfile is null)
            {
                var written = build.DockerfilePath?.Value ?? "Dockerfile";
                var hint = build.Candidate is { } candidate
                    ? build.Target is { } wanted && candidate.Stage(wanted.Value) is not null
                        ? $"The target stage '{wanted.Value}' is defined in {model.Relative(candidate.Source.FullPath)}: point dockerfile at that file, relative to the context."
                        : $"A file exists at {model.Relative(candidate.Source.FullPath)}: dockerfile is resolved relative to the build context, not to the compose file."
                    : "Point dockerfile at the file, relative to the build context.";
                context.Report(build.DockerfilePath?.Location ?? build.Location,
                    $"Dockerfile '{written}' of service {service.Name} does not exist in build context '{contextText}'{LookedFor(model, build, written)}, so docker compose build fails.",
                    $"{hint}",
                    build.Candidate is { } c ? new[] { new RelatedLocation(Sources.Location.StartOf(c.Source.Path), "the Dockerfile meant") } : []);
                continue;
            }
            if (build.Target is { } target && build.Dockerfile.Stage(target.Value) is null)
            {
                var stages = string.Join(", ", build.Dockerfile.Stages.Where(s => s.Name is not null).Select(s => s.Name));
                var elsewhere = build.Candidate is { } other && other.Stage(target.Value) is not null
                    ? $"It is defined in {model.Relative(other.Source.FullPath)}: point dockerfile at that file."
                    : "Name one of its stages, or add the stage.";
                context.Report(target.Location,
                    $"Target stage '{target.Value}' of service {service.Name} is not in {model.Relative(build.Dockerfile.Source.FullPath)}, whose stages are: {(stages.Length == 0 ? "none named" : stages)}, so docker compose build fails.",
                    $"{elsewhere}");
            }
        }
    }

    /// <summary>Where compose looked, from the project directory, when the written path alone does not say it.</summary>
    private static string LookedFor(DeploymentModel model, BuildReference build, string written)
    {
        var path = model.Relative(build.DockerfileFullPath);
        return path == Lint.Compose.ComposePaths.Normalize(written) ? "" : $" (looked for {path})";
    }
}

using System.Linq;
using RedFire.Lint.Deployment;
using RedFire.Lint.Findings;

namespace RedFire.Lint.Rules.Deployment;

/// <summary>
/// A COPY/ADD source must be in the build context compose sends, and not excluded by its .dockerignore:
/// otherwise the build fails with "not found". Checked for the stages each service actually builds.
/// </summary>
public sealed class CopySourceMissingRule : IRule<DeploymentModel>
{
    public string Id => RuleIds.CopySourceMissing;

    public void Check(DeploymentModel model, RuleContext context)
    {
        foreach (var service in model.Services)
        {
            if (service.Build is not { } build) continue;
            var contextText = build.Context?.Value ?? ".";
            foreach (var check in build.CopySources.Where(c => !c.Exists || c.Ignored))
            {
                var why = check.Exists
                    ? $"the context's .dockerignore excludes it, so the build fails with \"not found\". Add an exception (!{check.Source.Value.TrimStart('.', '/')}) to .dockerignore, or copy something else"
                    : $"it is not in build context '{contextText}' ({build.ContextDisplayPath}), so the build fails with \"not found\". Paths are relative to the context, not to the Dockerfile";
                context.Report(check.Source.Location,
                    $"Service {service.Name} builds stage {check.Stage.DisplayName}, which copies '{check.Source.Value}': {why}.",
                    new RelatedLocation(build.Context?.Location ?? build.Location, $"build context of {service.Name}"));
            }
        }
    }
}

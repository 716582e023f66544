using System.Collections.Generic;
using System.Linq;
using RedFire.Lint.Compose;
using RedFire.Lint.Deployment;
using RedFire.Lint.Findings;

namespace RedFire.Lint.Rules.Deployment;

/// <summary>
/// A COPY/ADD source must be in the build context compose sends, and not excluded by its .dockerignore:
/// otherwise the build fails with "not found". Checked for the stages each service actually builds. One finding
/// per source and context, whichever services build it; a context that does not exist is RF4040's finding, not a
/// missing source per COPY.
/// </summary>
public sealed class CopySourceMissingRule : IRule<DeploymentModel>
{
    public string Id => RuleIds.CopySourceMissing;

    public void Check(DeploymentModel model, RuleContext context)
    {
        var missing = model.Services
            .Where(s => s.Build is { ContextExists: true })
            .SelectMany(s => s.Build!.CopySources.Where(c => !c.Exists || (c.Ignored && !IsDefaultContext(s.Build!))).Select(c => (Service: s, Build: s.Build!, Check: c)))
            .GroupBy(m => (m.Check.Source.Location, m.Build.ContextFullPath));
        foreach (var group in missing)
        {
            var (_, build, check) = group.First();
            var services = Names(group.Select(m => m.Service.Name).Distinct().ToArray());
            var contextText = ContextText(model, build);
            if (check.Exists)
                context.Report(check.Source.Location,
                    $"'{check.Source.Value}' is excluded by the .dockerignore of build context {contextText}, so building {services} fails with \"not found\".",
                    $"Add an exception (!{check.Source.Value.TrimStart('.', '/')}) to .dockerignore, or copy something else.",
                    new RelatedLocation(build.Context?.Location ?? build.Location, "build context"));
            else
                context.Report(check.Source.Location,
                    $"'{check.Source.Value}' is not in build context {contextText}, so building {services} fails with \"not found\".",
                    $"Fix the path (relative to the context, not to the Dockerfile), or the service's build.context.",
                    new RelatedLocation(build.Context?.Location ?? build.Location, "build context"));
        }
    }

    /// <summary>The context as written, with its folder from the project directory when that says more (an included file's build).</summary>
    private static string ContextText(DeploymentModel model, BuildReference build)
    {
        var written = build.Context?.Value ?? ".";
        var relative = model.Relative(build.ContextFullPath);
        return relative == Lint.Compose.ComposePaths.Normalize(written) ? $"'{written}'" : $"'{written}' ({relative})";
    }

    /// <summary>
    /// A context that is the Dockerfile's own directory has the .dockerignore RF1072 reads from the Dockerfile
    /// itself; its exclusions are that rule's findings, not a second one here.
    /// </summary>
    private static bool IsDefaultContext(BuildReference build) =>
        string.Equals(ComposePaths.Directory(build.DockerfileFullPath).TrimEnd('/'), build.ContextFullPath.TrimEnd('/'), System.StringComparison.Ordinal);

    private static string Names(IReadOnlyList<string> services) =>
        services.Count == 1 ? $"service {services[0]}" : $"services {string.Join(", ", services)}";
}

using System.Linq;
using RedFire.Lint.Deployment;
using RedFire.Lint.Findings;

namespace RedFire.Lint.Rules.Deployment;

/// <summary>
/// A health check that runs <c>curl</c> or <c>wget</c> in an image that has neither (slim images, curl in Alpine)
/// always fails: the service never becomes healthy and its dependents never start.
/// </summary>
public sealed class HealthCheckToolMissingRule : IRule<DeploymentModel>
{
    public string Id => RuleIds.HealthCheckToolMissing;

    public void Check(DeploymentModel model, RuleContext context)
    {
        foreach (var service in model.Services)
        {
            var check = service.HealthCheck ?? service.Stage?.HealthCheck;
            if (check is not { Disabled: false } || check.Test.Count == 0) continue;
            var tool = check.Test[0];
            var name = System.IO.Path.GetFileName(tool.Value);
            if (name is not ("curl" or "wget")) continue;

            var image = ServiceRoles.ImageOf(service);
            if (image is null) continue;
            var family = service.Stage?.Family ?? ImageFamilies.Of(image);
            if (ImageFamilies.HasTool(image, family, name) != false) continue;
            if (service.Stage is { } stage && Installs(stage, name)) continue;

            var fix = service.Stage is not null
                ? $"Install it in the image ({(family == ImageFamily.Alpine ? "apk add --no-cache " : "apt-get install -y --no-install-recommends ")}{name}) or check with a tool the image has (for Python: python -c \"import urllib.request; urllib.request.urlopen('http://localhost:PORT/health')\")."
                : "Check with a tool the image has.";
            context.Report(tool.Location,
                $"Service {service.Name}'s health check runs '{name}', which {image} does not contain, so the check always fails and the service never becomes healthy.",
                $"{fix}",
                service.Stage?.BaseImage is { } baseImage ? new[] { new RelatedLocation(baseImage.Location, $"base image {baseImage.Value}") } : []);
        }
    }

    private static bool Installs(ImageStage stage, string tool) =>
        stage.Chain.SelectMany(s => s.Commands).Select(PackageCommands.Parse)
            .Any(p => p is { Installs: true } && p.Manager != PackageManager.Pip && p.Packages.Any(w => PackageCommands.NameOf(w.Value) == tool))
        || stage.Chain.SelectMany(s => s.Copies).Any(c => c.From is not null && CopiesTool(c, tool));

    /// <summary>Binary directories a tool lives in: copying one of them from another stage or image brings the tool.</summary>
    private static readonly string[] BinaryDirectories = ["/", "/usr", "/usr/bin", "/usr/local", "/usr/local/bin", "/bin"];

    /// <summary><c>COPY --from=tools /usr /usr</c> or <c>COPY --from=curl /usr/bin/curl /usr/bin/curl</c>: the tool arrives with the copy.</summary>
    private static bool CopiesTool(ImageCopy copy, string tool) =>
        copy.Sources.Any(s => BinaryDirectories.Contains(s.Value.TrimEnd('/').Length == 0 ? "/" : s.Value.TrimEnd('/'))
            || s.Value.EndsWith("/" + tool, System.StringComparison.Ordinal))
        && (copy.Destination is null || BinaryDirectories.Contains(copy.Destination.TrimEnd('/').Length == 0 ? "/" : copy.Destination.TrimEnd('/'))
            || copy.Destination.EndsWith("/" + tool, System.StringComparison.Ordinal));
}

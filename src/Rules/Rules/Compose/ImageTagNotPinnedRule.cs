using System;
using System.Linq;
using RedFire.Lint.Compose;
using RedFire.Lint.Deployment;

namespace RedFire.Lint.Rules.Compose;

/// <summary>
/// RF2067: an image pulled without a tag, with a tag that moves (latest, stable, edge…) or with a tag that names no
/// version at all (alpine, slim, mainline), changes under the deployment without a change to the file. Services that build their image are exempt (image names the result);
/// images whose variables are unknown while linting are not judged.
/// </summary>
public sealed class ImageTagNotPinnedRule : IRule<ComposeProject>
{
    /// <summary>dclint's default list of floating tags; the option <c>prohibitedTags</c> replaces it.</summary>
    private static readonly string[] FloatingTags = ["latest", "stable", "edge", "test", "nightly", "dev", "beta", "canary", "lts"];

    public string Id => RuleIds.ImageTagNotPinned;

    public void Check(ComposeProject project, RuleContext context)
    {
        var prohibited = context.Options.GetStrings("prohibitedTags", FloatingTags);
        var requireVersion = context.Options.GetBool("requireVersion", true);
        foreach (var service in project.Services)
        {
            if (service.Build is not null || service.Image is not { } image || image.Value.Trim().Length == 0 || ComposeFacts.HasUnknownVariable(image)) continue;
            var name = ImageName.Parse(image.Value);
            if (name.Digest is not null) continue;
            if (name.Tag is null)
            {
                context.Report(image.UsedAt,
                    $"Service '{service.Name}' uses image '{image.Value}' without a tag, which means ':latest', where a pinned version is expected.",
                    $"Pin a version ('{image.Value}:1.2.3') or a digest ('{image.Value}@sha256:…').");
            }
            else if (prohibited.Contains(name.Tag, StringComparer.OrdinalIgnoreCase) || (requireVersion && !name.Tag.Any(char.IsDigit)))
            {
                var tagStart = image.Value.LastIndexOf(':') + 1;
                context.Report(image.MergedAt is null && image.Value == image.Raw ? image.LocationOf(tagStart, name.Tag.Length) : image.UsedAt,
                    $"Service '{service.Name}' uses image '{image.Value}' with the floating tag '{name.Tag}'{(name.Tag.Any(char.IsDigit) ? "" : " (it names no version)")}, which points at a different image after each release.",
                    $"Pin a version ('{name.Repository}:1.2.3') or a digest ('{name.Repository}@sha256:…').");
            }
        }
    }
}

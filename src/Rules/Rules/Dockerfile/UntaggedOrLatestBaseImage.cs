using System;
using RedFire.Lint.Dockerfiles;

namespace RedFire.Lint.Rules.Dockerfile;

/// <summary>
/// RF1002: a FROM image without a tag, or with <c>latest</c>. Earlier stages, scratch and digests are fine;
/// ARGs are resolved from their defaults, and an image only known at build time is left alone.
/// </summary>
public sealed class UntaggedOrLatestBaseImage : IRule<DockerfileDocument>
{
    public string Id => RuleIds.UntaggedOrLatestBaseImage;

    public void Check(DockerfileDocument document, RuleContext context)
    {
        foreach (var stage in document.Stages)
        {
            var image = stage.BaseImage;
            if (image is null || image.HasDigest || stage.BaseWord is null) continue;
            var resolved = string.Equals(stage.BaseWord.Raw, stage.BaseName, StringComparison.Ordinal) ? "" : $" (resolved from '{stage.BaseWord.Raw}')";
            if (image.Tag is null)
                context.Report(stage.BaseWord.Location,
                    $"FROM {image.Text}{resolved} has no tag, so every build may pull a different image.",
                    $"Pin a version, for example {image.Name}:<version> or @sha256:<digest>.");
            else if (string.Equals(image.Tag, "latest", StringComparison.OrdinalIgnoreCase))
                context.Report(stage.BaseWord.Location,
                    $"FROM {image.Text}{resolved} uses the 'latest' tag, which moves with every release.",
                    $"Pin a version, for example {image.Name}:<version> or @sha256:<digest>.");
        }
    }
}

using System.Collections.Generic;
using System.Linq;
using RedFire.Lint.Deployment;
using RedFire.Lint.Findings;

namespace RedFire.Lint.Rules.Deployment;

/// <summary>
/// RF4044: <c>COPY . …</c> sends a build context that holds .git, node_modules or secret-looking files and has no
/// .dockerignore, so they are uploaded to the builder and land in the image (the loader finds them; see
/// <see cref="BuildContextUploadLoader"/>).
/// </summary>
public sealed class ContextWithoutDockerignoreRule : IRule<BuildContextUpload>
{
    public string Id => RuleIds.ContextWithoutDockerignore;

    public void Check(BuildContextUpload upload, RuleContext context)
    {
        var entries = Enumerate(upload.Unwanted);
        var related = upload.ComposeContext is { } c ? new[] { new RelatedLocation(c.Location, "build context") } : [];
        context.Report(upload.WholeContextCopy.Location,
            $"This copies the whole build context '{upload.ContextDisplayPath}', which holds {entries} and has no .dockerignore, so they go into the build and the image.",
            $"Add a .dockerignore to the context that lists {entries} (or a {FileName(upload.Dockerfile.Source.Path)}.dockerignore beside the Dockerfile).",
            related);
    }

    private static string Enumerate(IReadOnlyList<string> names) =>
        names.Count == 1 ? names[0] : string.Join(", ", names.Take(names.Count - 1)) + " and " + names[names.Count - 1];

    private static string FileName(string path) => path.Split('/').Last();
}

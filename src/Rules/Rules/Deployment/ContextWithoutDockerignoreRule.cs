using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using RedFire.Lint.Deployment;
using RedFire.Lint.Findings;

namespace RedFire.Lint.Rules.Deployment;

/// <summary>
/// RF4044: <c>COPY . …</c> sends a build context that holds .git, node_modules or secret-looking files and has no
/// .dockerignore, so they are uploaded to the builder and land in the image (the context is found by
/// <see cref="BuildContextUploadLoader"/>). A .dockerignore, whatever it lists, turns the rule off for the context.
/// </summary>
public sealed class ContextWithoutDockerignoreRule : IRule<BuildContextUpload>
{
    private static readonly string[] UnwantedFolders = [".git", "node_modules"];

    // .env and .env.<stage> (not the committed templates), private keys and key stores.
    private static readonly Regex SecretFile = new(
        @"^(\.env(\.(?!(example|sample|template|dist|defaults?|schema)$)[\w.-]+)?|id_(rsa|dsa|ecdsa|ed25519)|.+\.(pem|key|p12|pfx))$",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);

    public string Id => RuleIds.ContextWithoutDockerignore;

    public void Check(BuildContextUpload upload, RuleContext context)
    {
        if (upload.Ignore is not null) return;
        var unwanted = upload.TopEntries.Where(e => UnwantedFolders.Contains(e) || SecretFile.IsMatch(e)).ToArray();
        if (unwanted.Length == 0) return;
        var entries = Enumerate(unwanted);
        var related = upload.ComposeContext is { } c ? new[] { new RelatedLocation(c.Location, "build context") } : [];
        context.Report(upload.WholeContextCopy.Location,
            $"This copies the whole build context '{upload.ContextDisplayPath}', which holds {entries} and has no .dockerignore, so they are sent to the builder and copied in with the rest.",
            $"Add a .dockerignore to the context that lists {entries} (or a {FileName(upload.Dockerfile.Source.Path)}.dockerignore beside the Dockerfile).",
            related);
    }

    private static string Enumerate(IReadOnlyList<string> names) =>
        names.Count == 1 ? names[0] : string.Join(", ", names.Take(names.Count - 1)) + " and " + names[names.Count - 1];

    private static string FileName(string path) => path.Split('/').Last();
}

using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using RedFire.Lint.Compose;
using RedFire.Lint.Engine;
using RedFire.Lint.Rules;

namespace RedFire.Lint.Deployment;

/// <summary>
/// Finds the build contexts that a <c>COPY .</c> sends whole without a .dockerignore: each compose service's context
/// with the Dockerfile it builds, and, for a linted Dockerfile no compose file builds, its own folder (what
/// <c>docker build .</c> next to it sends). Looks at the top of each context only: <c>.git</c>, <c>node_modules</c>
/// and secret-looking files there are what such a copy carries into the image.
/// </summary>
public sealed class BuildContextUploadLoader : IModelLoader
{
    private static readonly string[] UnwantedFolders = [".git", "node_modules"];

    // .env and .env.<stage> (not the committed templates), private keys and key stores.
    private static readonly Regex SecretFile = new(
        @"^(\.env(\.(?!(example|sample|template|dist|defaults?|schema)$)[\w.-]+)?|id_(rsa|dsa|ecdsa|ed25519)|.+\.(pem|key|p12|pfx))$",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);

    public void Load(LoadContext context)
    {
        if (!context.IsRuleOn(RuleIds.ContextWithoutDockerignore)) return;
        var builds = context.Models.Get<DeploymentModel>()
            .SelectMany(d => d.Services)
            .Select(s => s.Build)
            .Where(b => b is { ContextExists: true, IsInline: false, Dockerfile: not null })
            .Select(b => (Dockerfile: b!.Dockerfile!, ContextPath: b.ContextFullPath, ComposeContext: b.Context))
            .ToArray();
        var built = new HashSet<string>(builds.Select(b => b.Dockerfile.Source.FullPath), StringComparer.Ordinal);
        var alone = context.Models.Get<ImageDockerfile>()
            .Where(d => !built.Contains(d.Source.FullPath))
            .Select(d => (Dockerfile: d, ContextPath: ComposePaths.Directory(d.Source.FullPath), ComposeContext: (Located<string>?)null));
        var seen = new HashSet<(string, string)>();
        foreach (var (dockerfile, contextPath, composeContext) in builds.Concat(alone))
        {
            if (!seen.Add((dockerfile.Source.FullPath, contextPath))) continue;
            if (Inspect(context, dockerfile, contextPath, composeContext) is { } upload) context.Models.Add(upload);
        }
    }

    private static BuildContextUpload? Inspect(LoadContext context, ImageDockerfile dockerfile, string contextPath, Located<string>? composeContext)
    {
        var copy = dockerfile.Stages
            .SelectMany(s => s.Copies.Where(c => c.FromContext))
            .SelectMany(c => c.Sources)
            .FirstOrDefault(s => ComposePaths.Normalize(s.Value.TrimStart('/')) is "." or "");
        if (copy is null) return null;
        var fileSystem = context.FileSystem;
        // BuildKit reads <Dockerfile>.dockerignore beside the Dockerfile first, then the context's .dockerignore.
        if (fileSystem.FileExists(dockerfile.Source.FullPath + ".dockerignore") || fileSystem.FileExists(ComposePaths.Resolve(contextPath, ".dockerignore")))
            return null;
        var unwanted = UnwantedFolders
            .Where(f => fileSystem.DirectoryExists(ComposePaths.Resolve(contextPath, f)) || fileSystem.FileExists(ComposePaths.Resolve(contextPath, f)))
            .Concat(fileSystem.EnumerateFiles(contextPath).Select(FileName).Where(n => SecretFile.IsMatch(n)).OrderBy(n => n, StringComparer.Ordinal))
            .ToArray();
        return unwanted.Length == 0 ? null : new BuildContextUpload(dockerfile, copy, context.DisplayPath(contextPath), composeContext, unwanted);
    }

    private static string FileName(string path) => path.Replace('\\', '/').Split('/').Last();
}

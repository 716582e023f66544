using System;
using System.Collections.Generic;
using System.Linq;
using RedFire.Lint.Compose;
using RedFire.Lint.Engine;
using RedFire.Lint.Rules;
using RedFire.Lint.Sources;

namespace RedFire.Lint.Deployment;

/// <summary>
/// Finds the build contexts that a <c>COPY .</c> sends whole: each compose service's context with the Dockerfile it
/// builds, and, for a linted Dockerfile no compose file builds, its own folder (what <c>docker build .</c> next to
/// it sends). Reads the top of each context only, and its .dockerignore.
/// </summary>
public sealed class BuildContextUploadLoader : IModelLoader
{
    /// <summary>Folders that matter when a whole context is copied (files are listed anyway).</summary>
    private static readonly string[] ProbedFolders = [".git", "node_modules"];

    public void Load(LoadContext context)
    {
        if (!IsNeeded(context)) return;
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
        var pairs = builds.Concat(alone).Where(b => seen.Add((b.Dockerfile.Source.FullPath, b.ContextPath))).ToArray();
        foreach (var upload in context.ForEachFile(pairs, b => b.Dockerfile.Source.Path, b => Inspect(context, b.Dockerfile, b.ContextPath, b.ComposeContext)))
            context.Models.Add(upload);
    }

    private static bool IsNeeded(LoadContext context) =>
        context.IsRuleOn(RuleIds.ContextWithoutDockerignore) || context.IsRuleOn(RuleIds.NpmInstallWithLockfile);

    /// <summary>What <c>docker build</c> in the Dockerfile's folder uploads, for a Dockerfile no compose project builds; null when no rule reads it.</summary>
    internal static BuildContextUpload? OfAlone(LoadContext context, ImageDockerfile dockerfile) =>
        IsNeeded(context) ? Inspect(context, dockerfile, ComposePaths.Directory(dockerfile.Source.FullPath), null) : null;

    private static BuildContextUpload? Inspect(LoadContext context, ImageDockerfile dockerfile, string contextPath, Located<string>? composeContext)
    {
        var copy = dockerfile.Stages
            .SelectMany(s => s.Copies.Where(c => c.FromContext))
            .SelectMany(c => c.Sources)
            .FirstOrDefault(s => IsWholeContext(s.Value));
        if (copy is null) return null;
        var fileSystem = context.FileSystem;
        var entries = ProbedFolders
            .Where(f => fileSystem.DirectoryExists(ComposePaths.Resolve(contextPath, f)))
            .Concat(FilesAt(fileSystem, contextPath))
            .ToArray();
        return new BuildContextUpload(dockerfile, copy, context.DisplayPath(contextPath), composeContext,
            context.DockerIgnoreOf(dockerfile.Source.FullPath, contextPath), entries);
    }

    private static IEnumerable<string> FilesAt(IFileSystem fileSystem, string directory)
    {
        try
        {
            return fileSystem.EnumerateFiles(directory).Select(FileName).OrderBy(n => n, StringComparer.Ordinal).ToArray();
        }
        catch (Exception e) when (e is UnauthorizedAccessException or System.IO.IOException)
        {
            // A context the linter may not list is one it cannot judge; the build would fail on it anyway.
            return [];
        }
    }

    /// <summary>Whether a COPY/ADD source is the whole context (<c>.</c>, <c>./</c>, <c>/</c>).</summary>
    public static bool IsWholeContext(string source) => ComposePaths.Normalize(source.TrimStart('/')) is "." or "";

    private static string FileName(string path) => path.Replace('\\', '/').Split('/').Last();
}

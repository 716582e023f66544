using System;
using System.Collections.Generic;
using System.Linq;
using RedFire.Lint.Compose;
using RedFire.Lint.Engine;
using RedFire.Lint.Sources;

namespace RedFire.Lint.Deployment;

/// <summary>
/// Resolves a service's <c>build:</c> on disk: context, Dockerfile, target stage, the Dockerfile meant when the
/// named one is missing, and each COPY/ADD source of the stages built against the context and its .dockerignore.
/// </summary>
internal sealed class BuildJoin
{
    // How far up from the context a misplaced dockerfile path is looked for (the plan's paths are from the repository root).
    private const int AncestorsSearched = 4;

    private readonly LoadContext _context;
    private readonly ImageDockerfiles _images;
    private readonly string _projectDirectory;

    public BuildJoin(LoadContext context, ImageDockerfiles images, string projectDirectory)
    {
        _context = context;
        _images = images;
        _projectDirectory = projectDirectory;
    }

    public BuildReference Of(ComposeBuild build)
    {
        var fileSystem = _context.FileSystem;
        // A context or dockerfile made of a variable unset where the linter runs (${APP_DIR:?}) is known only at
        // deployment: it is not checked as the path the empty value would give.
        var remote = ComposePaths.IsRemote(build.ContextPath)
            || new[] { build.Context, build.Dockerfile }.Any(s => s is not null && s.Variables.Any(v => !v.IsSet));
        var contextExists = remote || fileSystem.DirectoryExists(build.ContextPath);
        var inline = build.DockerfileInline is not null;
        var dockerfile = inline || remote ? null : _images.At(build.DockerfilePath, build.Dockerfile?.Location ?? build.Node.Location);
        var target = build.Target is { } t ? new Located<string>(t.Value, t.Location) : null;
        var candidate = dockerfile is null && !inline && !remote && contextExists ? FindCandidate(build, target?.Value) : null;
        var used = dockerfile ?? candidate;
        var stage = used is null ? null : target is null ? used.Stages.LastOrDefault() : used.Stage(target.Value);

        return new BuildReference(build.Node.Location, build.ContextPath, contextExists, build.DockerfilePath)
        {
            Context = build.Context is { } c ? new Located<string>(c.Value, c.Location) : null,
            ContextDisplayPath = remote ? build.ContextPath : _context.DisplayPath(build.ContextPath),
            DockerfilePath = build.Dockerfile is { } d ? new Located<string>(d.Value, d.Location) : null,
            DockerfileDisplayPath = string.IsNullOrEmpty(build.DockerfilePath) ? "" : _context.DisplayPath(build.DockerfilePath),
            Dockerfile = dockerfile,
            IsInline = inline || remote,
            Candidate = candidate,
            Target = target,
            Stage = stage,
            CopySources = stage is null || remote ? [] : CheckCopies(build.ContextPath, stage, used!),
        };
    }

    /// <summary>
    /// The Dockerfile the author meant: the same relative path taken from the context's ancestors (paths written
    /// from the repository root), else a linted Dockerfile of this project that defines the target stage: one under
    /// the folder holding both the compose project and the context. Another repository linted in the same run
    /// may define a stage of that name too (superset's and the voting app's 'dev'); it is not this build's.
    /// </summary>
    private ImageDockerfile? FindCandidate(ComposeBuild build, string? target)
    {
        ImageDockerfile? byPath = null;
        foreach (var path in PathsFromAncestors(build))
            if ((byPath = _images.At(path)) is not null) break;
        if (target is null || byPath?.Stage(target) is not null) return byPath;
        var scope = CandidateScope(build, _projectDirectory);
        return _images.Linted.FirstOrDefault(image => image.Stage(target) is not null && IsUnder(ComposePaths.Normalize(image.Source.FullPath), scope)) ?? byPath;
    }

    /// <summary>
    /// The Dockerfiles a build may use (normalized): its own and those <see cref="FindCandidate"/> may take instead, and,
    /// with a target, the folder under which it looks for a Dockerfile defining that stage.
    /// </summary>
    public static (IEnumerable<string> Paths, string? Folder) MayUse(ComposeBuild build, string projectDirectory) =>
        (new[] { build.DockerfilePath }.Concat(PathsFromAncestors(build)).Where(p => p.Length > 0).Select(ComposePaths.Normalize),
            build.Target is null ? null : CandidateScope(build, projectDirectory));

    /// <summary>A relative dockerfile path taken from the context's parent and the folders above it, nearest first.</summary>
    private static IEnumerable<string> PathsFromAncestors(ComposeBuild build)
    {
        var written = build.Dockerfile?.Value;
        if (string.IsNullOrEmpty(written) || written!.StartsWith("/", StringComparison.Ordinal)) yield break;
        var directory = ComposePaths.Directory(build.ContextPath);
        for (var i = 0; i < AncestorsSearched && directory.Length > 1; i++, directory = ComposePaths.Directory(directory))
            yield return ComposePaths.Resolve(directory, written);
    }

    private static string CandidateScope(ComposeBuild build, string projectDirectory) =>
        CommonFolder(ComposePaths.Normalize(build.ContextPath), ComposePaths.Normalize(projectDirectory));

    private static string CommonFolder(string a, string b)
    {
        while (!IsUnder(b, a) && a != ComposePaths.Directory(a)) a = ComposePaths.Directory(a);
        return a;
    }

    private static bool IsUnder(string path, string folder) =>
        path == folder || path.StartsWith(folder.TrimEnd('/') + "/", StringComparison.Ordinal);

    private IReadOnlyList<CopySourceCheck> CheckCopies(string contextPath, ImageStage stage, ImageDockerfile dockerfile)
    {
        var ignore = _context.DockerIgnoreOf(dockerfile.Source.FullPath, contextPath) ?? DockerIgnore.Empty;
        var checks = new List<CopySourceCheck>();
        foreach (var built in stage.Chain)
        {
            foreach (var copy in built.Copies.Where(c => c.FromContext))
            {
                foreach (var source in copy.Sources)
                {
                    var path = source.Value;
                    if (path.Contains("$") || path.Contains("://") || path.StartsWith("git@", StringComparison.Ordinal) || path.StartsWith("<<", StringComparison.Ordinal)) continue;
                    var relative = ComposePaths.Normalize(path.TrimStart('/'));
                    var exists = relative == "." || Exists(contextPath, relative);
                    var ignored = exists && relative != "." && !HasWildcard(relative) && ignore.Excludes(relative);
                    checks.Add(new CopySourceCheck(source, built, exists, ignored));
                }
            }
        }
        return checks;
    }

    private bool Exists(string contextPath, string relative)
    {
        var fileSystem = _context.FileSystem;
        var full = ComposePaths.Resolve(contextPath, relative);
        if (!HasWildcard(relative)) return fileSystem.FileExists(full) || fileSystem.DirectoryExists(full);
        // A wildcard in the last segment only (requirements*.txt); anything deeper is taken on trust.
        var directory = ComposePaths.Directory(full);
        if (HasWildcard(directory)) return true;
        var pattern = DockerIgnore.Parse([full.Substring(directory.Length + 1)]);
        return fileSystem.EnumerateFiles(directory).Any(f => pattern.Excludes(f.Replace('\\', '/').Substring(directory.Length + 1)));
    }

    private static bool HasWildcard(string path) => path.IndexOfAny(['*', '?', '[']) >= 0;
}

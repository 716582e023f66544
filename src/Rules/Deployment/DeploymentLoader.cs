using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using RedFire.Lint.Compose;
using RedFire.Lint.CSharp;
using RedFire.Lint.Dockerfiles;
using RedFire.Lint.Engine;
using RedFire.Lint.Env;
using RedFire.Lint.Sources;

namespace RedFire.Lint.Deployment;

/// <summary>
/// Joins each compose project with the Dockerfiles its services build, the nginx files mounted into its gateway,
/// the env files of its directory and the C# ports class, into a <see cref="DeploymentModel"/>. Runs last.
/// </summary>
public sealed class DeploymentLoader : IModelLoader
{
    public void Load(LoadContext context)
    {
        var projects = context.Models.Get<ComposeProject>();
        if (projects.Count == 0) return;
        var images = new ImageDockerfiles(context);
        var portsClasses = context.Models.Get<PortsClass>();
        var deployments = context.ForEachFile(projects, p => p.MainFile.Path,
            p => new ProjectJoin(context, p, images).Build(NearestPortsClass(portsClasses, p.MainFile.Path)));
        foreach (var deployment in deployments) context.Models.Add(deployment);
    }

    /// <summary>
    /// The ports class that belongs to a compose file when a tree holds several deployments (a monorepo, or the
    /// two examples linted together): the one sharing the most leading folders with it; the first by path on a tie.
    /// </summary>
    private static PortsClass? NearestPortsClass(IReadOnlyList<PortsClass> candidates, string composePath)
    {
        var composeFolders = composePath.Split('/');
        return candidates
            .OrderByDescending(c => SharedFolders(composeFolders, c.NameLocation.File.Split('/')))
            .ThenBy(c => c.NameLocation.File, StringComparer.Ordinal)
            .FirstOrDefault();
    }

    private static int SharedFolders(string[] a, string[] b)
    {
        var shared = 0;
        while (shared < a.Length - 1 && shared < b.Length - 1 && a[shared] == b[shared]) shared++;
        return shared;
    }
}

/// <summary>The Dockerfiles of the run by absolute path, and those compose names but the run did not include (parsed on demand).</summary>
internal sealed class ImageDockerfiles
{
    private readonly LoadContext _context;
    // Lazy: projects join in parallel, and a Dockerfile parsed under a lock held them all up one after the other.
    private readonly ConcurrentDictionary<string, Lazy<ImageDockerfile>> _byPath = new(StringComparer.Ordinal);

    public ImageDockerfiles(LoadContext context)
    {
        _context = context;
        Linted = context.Models.Get<ImageDockerfile>();
        foreach (var image in Linted) _byPath[image.Source.FullPath] = new Lazy<ImageDockerfile>(() => image);
    }

    public IReadOnlyList<ImageDockerfile> Linted { get; }

    /// <summary>The Dockerfile at a path, parsed once; null when it is missing or must not be read.</summary>
    /// <param name="referencedAt">Where compose names it: a file that must not be read is reported there (RF0006).</param>
    public ImageDockerfile? At(string fullPath, Location? referencedAt = null)
    {
        if (string.IsNullOrEmpty(fullPath)) return null;
        var source = _context.GetSource(fullPath, FileKind.Dockerfile);
        if (source is null) return null;
        if (source.IsUnreadable)
        {
            if (referencedAt is { } at) _context.ReportUnreadable(source, at);
            return null;
        }
        return _byPath.GetOrAdd(fullPath, _ => new Lazy<ImageDockerfile>(() => ImageDockerfileBuilder.Build(DockerfileParser.Parse(source)))).Value;
    }
}

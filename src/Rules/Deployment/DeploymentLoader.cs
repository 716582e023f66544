using System;
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
        foreach (var project in projects)
            context.Models.Add(new ProjectJoin(context, project, images).Build(NearestPortsClass(portsClasses, project.MainFile.Path)));
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
    private readonly Dictionary<string, ImageDockerfile?> _byPath = new(StringComparer.Ordinal);

    public ImageDockerfiles(LoadContext context)
    {
        _context = context;
        Linted = context.Models.Get<ImageDockerfile>();
        foreach (var image in Linted) _byPath[image.Source.FullPath] = image;
    }

    public IReadOnlyList<ImageDockerfile> Linted { get; }

    public ImageDockerfile? At(string fullPath)
    {
        if (string.IsNullOrEmpty(fullPath)) return null;
        if (_byPath.TryGetValue(fullPath, out var known)) return known;
        var source = _context.FileSystem.FileExists(fullPath) ? _context.GetSource(fullPath, FileKind.Dockerfile) : null;
        var image = source is null || source.IsUnreadable ? null : ImageDockerfileBuilder.Build(DockerfileParser.Parse(source));
        _byPath[fullPath] = image;
        return image;
    }
}

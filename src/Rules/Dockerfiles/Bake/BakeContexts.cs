using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using RedFire.Lint.Compose;
using RedFire.Lint.Engine;
using RedFire.Lint.Sources;

namespace RedFire.Lint.Dockerfiles.Bake;

/// <summary>
/// The named contexts the bake files above a Dockerfile give it: <c>docker-bake.hcl</c> and its override in the
/// Dockerfile's folder or an ancestor (bake runs from the repository root), each target whose dockerfile is this one.
/// A target whose context or dockerfile is an expression may build any of them, so its names count for all.
/// </summary>
internal sealed class BakeContexts
{
    private const int AncestorsSearched = 4;
    private static readonly string[] FileNames = ["docker-bake.hcl", "docker-bake.override.hcl"];

    private readonly LoadContext _context;

    // The Dockerfiles of a repository share their ancestor folders: each folder is checked and probed once, whichever
    // of the threads that pair Dockerfiles asks first.
    private readonly ConcurrentDictionary<string, Lazy<Folder>> _folders = new(StringComparer.Ordinal);

    public BakeContexts(LoadContext context) => _context = context;

    public IEnumerable<string> For(string dockerfilePath)
    {
        var directory = ComposePaths.Directory(dockerfilePath);
        for (var i = 0; i <= AncestorsSearched && directory.Length > 1; i++, directory = ComposePaths.Directory(directory))
        {
            var folder = FolderAt(directory);
            if (folder.IsRefused) yield break;
            foreach (var bake in folder.BakeFiles)
                foreach (var contextName in NamesFor(bake, directory, dockerfilePath)) yield return contextName;
        }
    }

    private Folder FolderAt(string directory) =>
        _folders.GetOrAdd(directory, folder => new Lazy<Folder>(() => Probe(folder))).Value;

    private Folder Probe(string directory) =>
        _context.Boundary.Refusal(directory, _context.FileSystem) is not null
            ? Folder.Refused
            : new Folder(false, FileNames.Select(name => Read(ComposePaths.Resolve(directory, name))).OfType<BakeFile>().ToArray());

    private static IEnumerable<string> NamesFor(BakeFile bake, string bakeDirectory, string dockerfilePath) =>
        bake.Targets.Where(t => Builds(t, bakeDirectory, dockerfilePath)).SelectMany(t => t.ContextNames);

    private static bool Builds(BakeTarget target, string bakeDirectory, string dockerfilePath)
    {
        var context = target.Context ?? ".";
        var dockerfile = target.Dockerfile ?? "Dockerfile";
        if (context.Contains("${") || dockerfile.Contains("${") || ComposePaths.IsRemote(context)) return true;
        return string.Equals(ComposePaths.Resolve(ComposePaths.Resolve(bakeDirectory, context), dockerfile), ComposePaths.Normalize(dockerfilePath), StringComparison.Ordinal);
    }

    private BakeFile? Read(string fullPath)
    {
        var source = _context.Boundary.Read(_context.FileSystem, fullPath, _context.DisplayPath(fullPath), FileKind.Other);
        return source is { IsUnreadable: false } ? BakeFile.Parse(source.Text) : null;
    }

    /// <summary>A folder's bake files, or that the boundary refuses it (the search stops there).</summary>
    private sealed record Folder(bool IsRefused, IReadOnlyList<BakeFile> BakeFiles)
    {
        public static readonly Folder Refused = new(true, []);
    }
}

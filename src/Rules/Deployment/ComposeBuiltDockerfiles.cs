using System;
using System.Collections.Generic;
using System.Linq;
using RedFire.Lint.Compose;

namespace RedFire.Lint.Deployment;

/// <summary>
/// The Dockerfiles the compose projects of a run may build, as the deployment join finds them (<see cref="BuildJoin.MayUse"/>):
/// the others are only ever checked on their own.
/// </summary>
internal sealed class ComposeBuiltDockerfiles
{
    private readonly HashSet<string> _paths = new(StringComparer.Ordinal);
    private readonly List<string> _folders = new();

    public ComposeBuiltDockerfiles(IEnumerable<ComposeProject> projects)
    {
        foreach (var project in projects)
            foreach (var build in project.Services.Select(s => s.Build).OfType<ComposeBuild>())
            {
                var (paths, folder) = BuildJoin.MayUse(build, project.ProjectDirectory);
                _paths.UnionWith(paths);
                if (folder is not null) _folders.Add(folder.TrimEnd('/') + "/");
            }
    }

    public bool MayBuild(string dockerfileFullPath)
    {
        var path = ComposePaths.Normalize(dockerfileFullPath);
        return _paths.Contains(path) || _folders.Any(folder => path.StartsWith(folder, StringComparison.Ordinal));
    }
}

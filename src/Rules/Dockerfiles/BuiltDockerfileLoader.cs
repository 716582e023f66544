using System;
using System.Collections.Generic;
using System.Linq;
using RedFire.Lint.Compose;
using RedFire.Lint.Dockerfiles.Bake;
using RedFire.Lint.Engine;

namespace RedFire.Lint.Dockerfiles;

/// <summary>Pairs every linted Dockerfile with the named contexts the compose projects and bake files build it with; runs after compose.</summary>
public sealed class BuiltDockerfileLoader : IModelLoader
{
    public void Load(LoadContext context)
    {
        var fromCompose = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var build in context.Models.Get<ComposeProject>().SelectMany(p => p.Services).Select(s => s.Build))
        {
            if (build is null || string.IsNullOrEmpty(build.DockerfilePath)) continue;
            var key = ComposePaths.Normalize(build.DockerfilePath);
            if (!fromCompose.TryGetValue(key, out var names)) fromCompose[key] = names = new List<string>();
            names.AddRange(build.AdditionalContexts.Select(c => c.Name));
        }

        // The bake-file search probes each Dockerfile's folders: in parallel, the folders shared through BakeContexts.
        var bake = new BakeContexts(context);
        var built = context.ForEachFile(context.Models.Get<DockerfileDocument>(), d => d.Path, document =>
            Of(document, fromCompose.TryGetValue(ComposePaths.Normalize(document.Source.FullPath), out var named) ? named : [], bake));
        foreach (var dockerfile in built) context.Models.Add(dockerfile);
    }

    /// <summary>The Dockerfile with the named contexts compose gives it and those of the bake files above it.</summary>
    internal static BuiltDockerfile Of(DockerfileDocument document, IEnumerable<string> composeNames, BakeContexts bake) =>
        new(document, new HashSet<string>(composeNames.Concat(bake.For(ComposePaths.Normalize(document.Source.FullPath))), StringComparer.Ordinal));
}

using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using RedFire.Lint.Deployment;
using RedFire.Lint.Dockerfiles;
using RedFire.Lint.Sources;

namespace RedFire.Lint.Engine;

/// <summary>
/// The lines of Dockerfile stages that never reach an image: a builder stage that is neither the final stage, nor the
/// target of a compose build, nor the base of either (its artifacts leave by COPY --from; its packages, caches, ENV and
/// user do not). Production-only rules drop a level there, as in development files; rules about what a container
/// runs (CMD, ENTRYPOINT, HEALTHCHECK) skip such a stage (<see cref="Rules.RuleContext.IsShipped"/>).
/// </summary>
/// <remarks>
/// Filled in two steps: each Dockerfile no compose project builds as it is checked at load (<see cref="AddAlone"/>, from
/// any thread), then the Dockerfiles kept as models, with the compose targets (<see cref="AddModels"/>). A file's
/// stages are added once, before any rule asks about them.
/// </remarks>
internal sealed class UnshippedStages
{
    private readonly ConcurrentDictionary<string, List<(int FirstLine, int LastLine)>> _byFile = new(StringComparer.Ordinal);

    /// <summary>The unshipped stages of a Dockerfile no compose project builds: only its final stage's chain ships.</summary>
    public void AddAlone(DockerfileDocument document) => Add(document, []);

    /// <summary>The unshipped stages of the Dockerfiles in <paramref name="models"/>, given the compose builds' targets.</summary>
    public void AddModels(ModelSet models)
    {
        var targets = models.Get<DeploymentModel>()
            .SelectMany(m => m.Services)
            .Where(s => s.Build?.Target is not null)
            .ToLookup(s => s.Build!.DockerfileFullPath, s => s.Build!.Target!.Value, StringComparer.Ordinal);
        foreach (var document in models.Get<DockerfileDocument>()) Add(document, targets[document.Source.FullPath]);
    }

    private void Add(DockerfileDocument document, IEnumerable<string> targets)
    {
        var shipped = new HashSet<Stage>(document.FinalImageStages);
        foreach (var target in targets)
            if (document.FindStage(target) is { } stage) shipped.UnionWith(new[] { stage }.Concat(stage.Ancestors));
        var ranges = new List<(int, int)>();
        for (var i = 0; i < document.Stages.Count; i++)
        {
            var stage = document.Stages[i];
            if (shipped.Contains(stage) || stage.IsFragment) continue;
            var lastLine = i + 1 < document.Stages.Count ? document.Stages[i + 1].From.Location.Line - 1 : int.MaxValue;
            ranges.Add((stage.From.Location.Line, lastLine));
        }
        if (ranges.Count > 0) _byFile.AddOrUpdate(document.Path, ranges, (_, earlier) => [.. earlier, .. ranges]);
    }

    public bool Contains(Stage stage) => Contains(stage.From.Location);

    public bool Contains(Location location) =>
        _byFile.TryGetValue(location.File, out var ranges) && ranges.Any(r => location.Line >= r.FirstLine && location.Line <= r.LastLine);
}

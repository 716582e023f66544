using System;
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
internal sealed class UnshippedStages
{
    private readonly Dictionary<string, List<(int FirstLine, int LastLine)>> _byFile;

    private UnshippedStages(Dictionary<string, List<(int, int)>> byFile) => _byFile = byFile;

    public static UnshippedStages Of(ModelSet models)
    {
        var targets = models.Get<DeploymentModel>()
            .SelectMany(m => m.Services)
            .Where(s => s.Build?.Target is not null)
            .ToLookup(s => s.Build!.DockerfileFullPath, s => s.Build!.Target!.Value, StringComparer.Ordinal);
        var byFile = new Dictionary<string, List<(int, int)>>(StringComparer.Ordinal);
        foreach (var document in models.Get<DockerfileDocument>())
        {
            var shipped = new HashSet<Stage>(document.FinalImageStages);
            foreach (var target in targets[document.Source.FullPath])
                if (document.FindStage(target) is { } stage) shipped.UnionWith(new[] { stage }.Concat(stage.Ancestors));
            for (var i = 0; i < document.Stages.Count; i++)
            {
                var stage = document.Stages[i];
                if (shipped.Contains(stage) || stage.IsFragment) continue;
                var lastLine = i + 1 < document.Stages.Count ? document.Stages[i + 1].From.Location.Line - 1 : int.MaxValue;
                if (!byFile.TryGetValue(document.Path, out var ranges)) byFile[document.Path] = ranges = [];
                ranges.Add((stage.From.Location.Line, lastLine));
            }
        }
        return new UnshippedStages(byFile);
    }

    public bool Contains(Stage stage) => Contains(stage.From.Location);

    public bool Contains(Location location) =>
        _byFile.TryGetValue(location.File, out var ranges) && ranges.Any(r => location.Line >= r.FirstLine && location.Line <= r.LastLine);
}

using System;
using RedFire.Lint.Dockerfiles;

namespace RedFire.Lint.Rules.Dockerfile;

/// <summary>
/// RF1011: a relative WORKDIR before any absolute one in the stage (or the stages it is built on): it is
/// relative to whatever directory the base image happens to set. After an absolute WORKDIR it is well defined.
/// </summary>
public sealed class RelativeWorkdir : IRule<DockerfileDocument>
{
    public string Id => RuleIds.RelativeWorkdir;

    public void Check(DockerfileDocument document, RuleContext context)
    {
        foreach (var stage in document.Stages)
        {
            var anchored = stage.BaseStage?.Workdir is { } inherited && IsAbsolute(inherited.Path);
            foreach (var instruction in stage.Instructions)
            {
                if (!instruction.Is("WORKDIR") || instruction.Arguments.Count == 0) continue;
                var path = instruction.Arguments[0].Value;
                if (IsAbsolute(path) || path.StartsWith("$", StringComparison.Ordinal)) { anchored = true; continue; }
                if (anchored) continue;
                context.Report(instruction.Arguments[0].Location,
                    $"WORKDIR '{path}' is relative and no absolute WORKDIR comes before it, so it depends on the base image's directory.",
                    $"Write an absolute path such as '/{path.TrimStart('.', '/')}'.");
            }
        }
    }

    private static bool IsAbsolute(string path) =>
        path.StartsWith("/", StringComparison.Ordinal) || path.StartsWith("\\", StringComparison.Ordinal) || (path.Length >= 2 && path[1] == ':');
}

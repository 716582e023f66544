using System;
using System.Linq;
using RedFire.Lint.Dockerfiles;

namespace RedFire.Lint.Rules.Dockerfile;

/// <summary>RF1013: COPY/ADD with several sources needs a destination directory ending in '/'; the build fails otherwise.</summary>
public sealed class CopyManySourcesToFile : IRule<DockerfileDocument>
{
    public string Id => RuleIds.CopyManySourcesToFile;

    public void Check(DockerfileDocument document, RuleContext context)
    {
        foreach (var stage in document.Stages)
        {
            foreach (var copy in stage.Copies)
            {
                var destination = copy.Destination;
                if (destination is null || copy.Sources.Count < 2 || copy.Heredocs.Count > 0) continue;
                var path = destination.Value;
                if (path.EndsWith("/", StringComparison.Ordinal) || path.EndsWith("\\", StringComparison.Ordinal) || path == "." || path.Contains("$")) continue;
                context.Report(destination.Location,
                    $"{copy.Instruction.Keyword} has {copy.Sources.Count} sources but the destination '{path}' does not end with '/', which the builder rejects.",
                    $"Write '{path}/'.");
            }
        }
    }
}

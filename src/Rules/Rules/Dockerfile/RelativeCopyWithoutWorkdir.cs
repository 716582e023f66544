using System;
using System.Linq;
using RedFire.Lint.Dockerfiles;

namespace RedFire.Lint.Rules.Dockerfile;

/// <summary>
/// RF1053 (off by default: a base image's WORKDIR is unknown here): COPY/ADD to a relative destination in a stage where no WORKDIR is set yet (neither in the stage
/// before it nor in the stages it is built on): the files land wherever the base image's WORKDIR points, often /.
/// Stages on scratch are not reported (their directory is /).
/// </summary>
public sealed class RelativeCopyWithoutWorkdir : IRule<DockerfileDocument>
{
    public string Id => RuleIds.RelativeCopyWithoutWorkdir;

    public void Check(DockerfileDocument document, RuleContext context)
    {
        foreach (var stage in document.Stages)
        {
            // On scratch the working directory is / by definition: nothing depends on a base image there.
            if (stage.Root.IsScratch || stage.Ancestors.Any(a => a.Workdir is not null)) continue;
            var firstWorkdir = stage.Instructions.FirstOrDefault(i => i.Is("WORKDIR"))?.StartLine ?? int.MaxValue;
            foreach (var copy in stage.Copies)
            {
                if (copy.Destination is not { } destination || copy.Instruction.StartLine > firstWorkdir || IsAbsoluteOrVariable(destination.Value)) continue;
                context.Report(destination.Location, $"'{copy.Instruction.Keyword}' copies to the relative path '{destination.Value}' before any WORKDIR, so the files land in the base image's working directory, whatever that is.",
                    $"Set 'WORKDIR /app' before it, or write an absolute destination.");
            }
        }
    }

    private static bool IsAbsoluteOrVariable(string path) =>
        path.StartsWith("/", StringComparison.Ordinal) || path.StartsWith("$", StringComparison.Ordinal) || path.StartsWith("\\", StringComparison.Ordinal)
        || path.Length >= 2 && char.IsLetter(path[0]) && path[1] == ':';
}

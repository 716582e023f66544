using System.Linq;
using RedFire.Lint.Dockerfiles;

namespace RedFire.Lint.Rules.Dockerfile;

/// <summary>RF1063: <c>COPY --from=stage / /</c> copies another stage's entire filesystem over this one.</summary>
public sealed class CopyWholeFilesystem : IRule<DockerfileDocument>
{
    public string Id => RuleIds.CopyWholeFilesystem;

    public void Check(DockerfileDocument document, RuleContext context)
    {
        foreach (var copy in document.Stages.SelectMany(s => s.Copies))
        {
            if (copy.From is null || copy.Destination?.Value != "/" || !copy.Sources.Any(s => s.Value == "/")) continue;
            context.Report(copy.Instruction.Location, $"'{copy.Instruction.Keyword} --from={copy.From.Value} / /' copies the whole filesystem of '{copy.From.Value}' over this image, its package database, users and caches included.",
                $"Copy only what the image needs, for example 'COPY --from={copy.From.Value} /app /app'.");
        }
    }
}

using RedFire.Lint.Dockerfiles;

namespace RedFire.Lint.Rules.Dockerfile;

/// <summary>RF1021: MAINTAINER is deprecated; the OCI label says the same and tools read it.</summary>
public sealed class MaintainerDeprecated : IRule<DockerfileDocument>
{
    public string Id => RuleIds.MaintainerDeprecated;

    public void Check(DockerfileDocument document, RuleContext context)
    {
        foreach (var instruction in document.Instructions)
        {
            if (!instruction.Is("MAINTAINER")) continue;
            context.Report(instruction.Location,
                $"MAINTAINER is deprecated; the author belongs in a label.",
                $"Write LABEL org.opencontainers.image.authors=\"{instruction.ArgumentText.Replace("\"", "\\\"")}\".");
        }
    }
}

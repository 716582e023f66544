using RedFire.Lint.Dockerfiles;

namespace RedFire.Lint.Rules.Dockerfile;

/// <summary>RF1039: a blank line inside a continued instruction; BuildKit deprecates it and will make it an error.</summary>
public sealed class EmptyContinuationLine : IRule<DockerfileDocument>
{
    public string Id => RuleIds.EmptyContinuationLine;

    public void Check(DockerfileDocument document, RuleContext context)
    {
        foreach (var line in document.Syntax.EmptyContinuationLines)
            context.Report(line, $"{document.Path}: empty line {line.Line} inside a continued instruction; remove it (or make it a '#' comment) — the builder will reject empty continuation lines");
    }
}

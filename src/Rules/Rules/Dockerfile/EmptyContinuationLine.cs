using RedFire.Lint.Dockerfiles;

namespace RedFire.Lint.Rules.Dockerfile;

/// <summary>RF1039: a blank line inside a continued instruction; BuildKit deprecates it and will make it an error.</summary>
public sealed class EmptyContinuationLine : IRule<DockerfileDocument>
{
    public string Id => RuleIds.EmptyContinuationLine;

    public void Check(DockerfileDocument document, RuleContext context)
    {
        foreach (var line in document.Syntax.EmptyContinuationLines)
            context.Report(line, $"Line {line.Line} is empty inside a continued instruction, which the builder deprecates and will reject.",
                $"Remove the line, or make it a '#' comment.");
    }
}

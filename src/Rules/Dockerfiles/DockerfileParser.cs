using RedFire.Lint.Sources;

namespace RedFire.Lint.Dockerfiles;

/// <summary>
/// Parses a Dockerfile into a <see cref="DockerfileDocument"/> (syntax tree, syntax errors, stages).
/// Never throws on any input; time and memory are linear in the size of the file.
/// </summary>
public static class DockerfileParser
{
    public static DockerfileDocument Parse(SourceFile source)
    {
        var (tree, errors) = SyntaxParser.Parse(source);
        var (stages, globalArgs) = StageBuilder.Build(tree);
        return new DockerfileDocument(tree, errors, stages, globalArgs);
    }
}

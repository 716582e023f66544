using System.Linq;
using RedFire.Lint.Compose;
using RedFire.Lint.Deployment;
using RedFire.Lint.Engine;
using RedFire.Lint.Rules;
using RedFire.Lint.Sources;

namespace RedFire.Lint.Dockerfiles;

/// <summary>Parses every Dockerfile of the run into a <see cref="DockerfileDocument"/>; syntax errors become RF0001 findings.</summary>
public sealed class DockerfileLoader : IModelLoader
{
    public void Load(LoadContext context)
    {
        var sources = context.SourcesOf(FileKind.Dockerfile).ToArray();
        var documents = context.ForEachFile(sources, s => s.Path, source =>
        {
            var document = DockerfileParser.Parse(source);
            document.ContextIgnore = ContextIgnoreOf(context, document);
            return document;
        });
        foreach (var document in documents)
        {
            foreach (var error in document.Errors)
                context.Report(RuleIds.DockerfileSyntax, error.Location, $"{error.Message}", $"{error.Help}");
            context.Models.Add(document);
        }
    }

    /// <summary>BuildKit prefers &lt;Dockerfile&gt;.dockerignore beside the Dockerfile, then the context's .dockerignore.</summary>
    private static DockerIgnore ContextIgnoreOf(LoadContext context, DockerfileDocument document)
    {
        var full = document.Source.FullPath;
        return context.DockerIgnoreOf(full, ComposePaths.Directory(full)) ?? DockerIgnore.Empty;
    }
}

using System.Collections.Generic;
using System.Linq;
using RedFire.Lint.Compose;
using RedFire.Lint.Deployment;
using RedFire.Lint.Dockerfiles.Bake;
using RedFire.Lint.Engine;
using RedFire.Lint.Findings;
using RedFire.Lint.Rules;
using RedFire.Lint.Sources;

namespace RedFire.Lint.Dockerfiles;

/// <summary>
/// Parses every Dockerfile of the run into a <see cref="DockerfileDocument"/>; syntax errors become RF0001 findings.
/// A Dockerfile no compose project of the run may build is checked as soon as it is parsed (<see cref="LoadContext.RulesAtLoad"/>)
/// and not kept: only the deployment join reads a Dockerfile's models besides its own rules.
/// </summary>
public sealed class DockerfileLoader : IModelLoader
{
    public void Load(LoadContext context)
    {
        var sources = context.SourcesOf(FileKind.Dockerfile).ToArray();
        var built = new ComposeBuiltDockerfiles(context.Models.Get<ComposeProject>());
        var bake = new BakeContexts(context);
        var loaded = context.ForEachFile(sources, s => s.Path, source =>
        {
            var document = DockerfileParser.Parse(source);
            document.ContextIgnore = ContextIgnoreOf(context, document);
            if (context.RulesAtLoad is not { } rules || built.MayBuild(document.Source.FullPath)) return new Loaded(document.Errors, document, []);
            rules.Unshipped.AddAlone(document);
            return new Loaded(document.Errors, null, rules.Check(ModelsOf(context, document, bake)));
        });
        foreach (var file in loaded)
        {
            foreach (var error in file.Errors)
                context.Report(RuleIds.DockerfileSyntax, error.Location, $"{error.Message}", $"{error.Help}");
            if (file.Kept is { } document) context.Models.Add(document);
            context.AddFindings(file.Findings);
        }
    }

    /// <summary>What one file's load leaves: its syntax errors, and either its document (kept for the join) or its rules' findings.</summary>
    private sealed record Loaded(IReadOnlyList<DockerfileSyntaxError> Errors, DockerfileDocument? Kept, IReadOnlyList<Finding> Findings);

    /// <summary>The models the later loaders would make of a Dockerfile no compose project builds.</summary>
    private static IEnumerable<object> ModelsOf(LoadContext context, DockerfileDocument document, BakeContexts bake)
    {
        var image = ImageDockerfileBuilder.Build(document);
        yield return document;
        yield return BuiltDockerfileLoader.Of(document, [], bake);
        yield return image;
        if (BuildContextUploadLoader.OfAlone(context, image) is { } upload) yield return upload;
    }

    /// <summary>BuildKit prefers &lt;Dockerfile&gt;.dockerignore beside the Dockerfile, then the context's .dockerignore.</summary>
    private static DockerIgnore ContextIgnoreOf(LoadContext context, DockerfileDocument document)
    {
        var full = document.Source.FullPath;
        return context.DockerIgnoreOf(full, ComposePaths.Directory(full)) ?? DockerIgnore.Empty;
    }
}

using System.Linq;
using RedFire.Lint.Dockerfiles;

namespace RedFire.Lint.Rules.Dockerfile;

/// <summary>
/// RF1075 (info): <c>COPY . dest</c> copies the whole build context: any changed file rebuilds the layer and every
/// later one, and whatever the .dockerignore misses (.git, .env, local builds) lands in the image.
/// </summary>
public sealed class CopyWholeContext : IRule<DockerfileDocument>
{
    public string Id => RuleIds.CopyWholeContext;

    public void Check(DockerfileDocument document, RuleContext context)
    {
        foreach (var copy in document.Stages.SelectMany(s => s.Copies).Where(c => c.From is null && c.Heredocs.Count == 0))
        {
            var root = copy.Sources.FirstOrDefault(s => s.Value.TrimEnd('/') == ".");
            if (root is null) continue;
            context.Report(root.Location,
                $"'{(copy.IsAdd ? "ADD" : "COPY")} {root.Value}' copies the whole build context, so any changed file rebuilds this layer and whatever .dockerignore misses ends up in the image.",
                $"Copy what the image needs ('COPY package.json package-lock.json ./', then 'COPY src/ ./src/'), or keep a strict .dockerignore.");
        }
    }
}

using System.Linq;
using RedFire.Lint.Dockerfiles;

namespace RedFire.Lint.Rules.Dockerfile;

/// <summary>
/// RF1069: an instruction other than ARG comes before the first FROM; the builder stops with "no build stage in
/// current context". The fragment's instructions are still linted by the other rules, as hadolint does.
/// </summary>
public sealed class InstructionBeforeFrom : IRule<DockerfileDocument>
{
    public string Id => RuleIds.InstructionBeforeFrom;

    public void Check(DockerfileDocument document, RuleContext context)
    {
        if (document.Instructions.FirstOrDefault(i => !i.Is("ARG")) is not { } first || first.Is("FROM")) return;
        context.Report(first.KeywordLocation, $"{first.Keyword} comes before the first FROM, where only ARG may, so the build stops with \"no build stage in current context\".",
            $"Start the build stage with 'FROM <image>' above it.");
    }
}

using System.Collections.Generic;
using RedFire.Lint.Dockerfiles;
using RedFire.Lint.Findings;

namespace RedFire.Lint.Rules.Dockerfile;

/// <summary>
/// RF1019: more than one CMD, ENTRYPOINT or HEALTHCHECK in a stage: only the last counts. Each overridden one is
/// reported (as BuildKit does), pointing at the one that wins. A stage no image ships is skipped: none of its CMDs
/// takes effect, so which one wins does not matter (hadolint's DL4003/DL4004 report it; KICS does not).
/// </summary>
public sealed class MultipleCmdEntrypointHealthcheck : IRule<DockerfileDocument>
{
    public string Id => RuleIds.MultipleCmdEntrypointHealthcheck;

    public void Check(DockerfileDocument document, RuleContext context)
    {
        foreach (var stage in document.Stages)
        {
            if (!context.IsShipped(stage)) continue;
            var last = new Dictionary<string, Instruction>();
            foreach (var instruction in stage.Instructions)
                if (instruction.Is("CMD") || instruction.Is("ENTRYPOINT") || instruction.Is("HEALTHCHECK")) last[instruction.Keyword] = instruction;
            foreach (var instruction in stage.Instructions)
            {
                if (!last.TryGetValue(instruction.Keyword, out var winner) || winner == instruction) continue;
                context.Report(instruction.KeywordLocation,
                    $"This {instruction.Keyword} has no effect, because stage '{stage}' has another {instruction.Keyword} on line {winner.StartLine} and only the last one is used.",
                    $"Remove this {instruction.Keyword}.",
                    new RelatedLocation(winner.KeywordLocation, $"the {instruction.Keyword} that takes effect"));
            }
        }
    }
}

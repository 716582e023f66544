using System.Collections.Generic;
using RedFire.Lint.Dockerfiles;
using RedFire.Lint.Findings;

namespace RedFire.Lint.Rules.Dockerfile;

/// <summary>RF1019: more than one CMD, ENTRYPOINT or HEALTHCHECK in a stage: only the last counts, the others mislead.</summary>
public sealed class MultipleCmdEntrypointHealthcheck : IRule<DockerfileDocument>
{
    public string Id => RuleIds.MultipleCmdEntrypointHealthcheck;

    public void Check(DockerfileDocument document, RuleContext context)
    {
        foreach (var stage in document.Stages)
        {
            var first = new Dictionary<string, Instruction>();
            foreach (var instruction in stage.Instructions)
            {
                if (!(instruction.Is("CMD") || instruction.Is("ENTRYPOINT") || instruction.Is("HEALTHCHECK"))) continue;
                if (first.TryGetValue(instruction.Keyword, out var earlier))
                    context.Report(instruction.KeywordLocation,
                        $"{document.Path}: stage '{stage}' has another {instruction.Keyword} on line {earlier.StartLine}; only the last one takes effect, so remove the others",
                        new RelatedLocation(earlier.KeywordLocation, $"earlier {instruction.Keyword}"));
                else first[instruction.Keyword] = instruction;
            }
        }
    }
}

using System;
using System.Linq;
using RedFire.Lint.Dockerfiles;

namespace RedFire.Lint.Rules.Dockerfile;

/// <summary>RF1037: instruction keywords in mixed case (<c>From</c>) or against the file's majority (upper or lower).</summary>
public sealed class InconsistentInstructionCasing : IRule<DockerfileDocument>
{
    public string Id => RuleIds.InconsistentInstructionCasing;

    public void Check(DockerfileDocument document, RuleContext context)
    {
        var upper = document.Instructions.Count(i => i.KeywordWord.Raw == i.Keyword);
        var lower = document.Instructions.Count(i => i.KeywordWord.Raw == i.Keyword.ToLowerInvariant());
        var majorityUpper = upper >= lower;
        // An unknown keyword is RF0001 already, and may be a pasted line that holds a secret (API_TOKEN=…).
        foreach (var instruction in document.Instructions.Where(i => InstructionParser.IsKnown(i.Keyword)))
        {
            var written = instruction.KeywordWord.Raw;
            var expected = majorityUpper ? instruction.Keyword : instruction.Keyword.ToLowerInvariant();
            if (string.Equals(written, expected, StringComparison.Ordinal)) continue;
            context.Report(instruction.KeywordLocation,
                $"'{written}' is cased differently from most instructions in this file, expected '{expected}' ({(majorityUpper ? "upper" : "lower")} case).",
                $"Write '{expected}'.");
        }
    }
}

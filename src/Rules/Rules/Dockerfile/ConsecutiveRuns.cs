using System;
using System.Linq;
using RedFire.Lint.Dockerfiles;
using RedFire.Lint.Findings;

namespace RedFire.Lint.Rules.Dockerfile;

/// <summary>
/// RF1059 (info): consecutive RUN instructions, each a single command with the same flags, or consecutive COPY/ADD
/// (same keyword and flags, no --from) to the same destination: each adds a layer where one would do. RUNs that already chain
/// commands are a deliberate split. Only the stages of the final image are checked.
/// </summary>
public sealed class ConsecutiveRuns : IRule<DockerfileDocument>
{
    public string Id => RuleIds.ConsecutiveRuns;

    public void Check(DockerfileDocument document, RuleContext context)
    {
        // Layers count in the final image only; a builder stage's layers are thrown away.
        foreach (var stage in document.FinalImageStages)
        {
            var runs = stage.Runs.ToDictionary(r => r.Instruction);
            var copies = stage.Copies.ToDictionary(c => c.Instruction);
            Instruction? previous = null;
            foreach (var instruction in stage.Instructions)
            {
                if (previous is not null && Mergeable(previous, instruction, runs, copies))
                {
                    var fix = instruction.Is("RUN") ? "Join them into one RUN with '&&'." : $"List the sources in one {instruction.Keyword}, destination ending in '/'.";
                    context.Report(instruction.Location, $"This {instruction.Keyword} follows the {previous.Keyword} on line {previous.StartLine} with the same flags, so the two make two layers where one would do.",
                        $"{fix}", new RelatedLocation(previous.Location, $"the previous {previous.Keyword}"));
                }
                previous = instruction;
            }
        }
    }

    private static bool Mergeable(Instruction previous, Instruction current, System.Collections.Generic.Dictionary<Instruction, RunInstruction> runs,
        System.Collections.Generic.Dictionary<Instruction, CopyInstruction> copies)
    {
        if (previous.Keyword != current.Keyword || !SameFlags(previous, current)) return false;
        if (runs.TryGetValue(previous, out var a) && runs.TryGetValue(current, out var b)) return IsSingle(a) && IsSingle(b);
        return copies.TryGetValue(previous, out var c) && copies.TryGetValue(current, out var d) && c.From is null && c.Heredocs.Count == 0 && d.Heredocs.Count == 0
            && c.Destination is not null && d.Destination is not null && c.Destination.Value == d.Destination.Value;
    }

    private static bool IsSingle(RunInstruction run) => run.IsPosixShell && run.Instruction.Heredocs.Count == 0 && run.Commands.Count == 1;

    private static bool SameFlags(Instruction a, Instruction b) =>
        a.Flags.Select(f => f.ToString()).OrderBy(f => f, StringComparer.Ordinal).SequenceEqual(b.Flags.Select(f => f.ToString()).OrderBy(f => f, StringComparer.Ordinal));
}

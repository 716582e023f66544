using System;
using System.Collections.Generic;
using System.Linq;
using RedFire.Lint.Dockerfiles;
using RedFire.Lint.Sources;

namespace RedFire.Lint.Rules.Dockerfile;

/// <summary>
/// RF1040: an instruction the builder expands (COPY, ADD, ENV, LABEL, USER, WORKDIR, EXPOSE, VOLUME, STOPSIGNAL)
/// uses a variable that no ARG or ENV of the stage defines. The base image's environment is unknown, so to stay
/// free of false positives it is only reported when the stage is built on scratch, when the variable is
/// defined later in the stage (used too early), or when it is a near miss of a known name (a typo).
/// </summary>
public sealed class UndefinedVariable : IRule<DockerfileDocument>
{
    private static readonly HashSet<string> Expanded = new(StringComparer.Ordinal) { "COPY", "ADD", "ENV", "LABEL", "USER", "WORKDIR", "EXPOSE", "VOLUME", "STOPSIGNAL" };

    /// <summary>Variables most base images define; they make typos of them recognisable.</summary>
    private static readonly string[] CommonImageVariables = ["PATH", "HOME", "HOSTNAME", "LANG", "LC_ALL", "TERM", "USER", "PWD", "SHELL", "JAVA_HOME", "GOPATH", "PYTHONPATH"];

    public string Id => RuleIds.UndefinedVariable;

    public void Check(DockerfileDocument document, RuleContext context)
    {
        foreach (var stage in document.Stages)
        {
            // The words checked are pieces of their instruction's text: a stage that writes no '$' where it is expanded references nothing.
            if (!stage.Instructions.Any(i => Expanded.Contains(i.Keyword) && i.Line.Text.IndexOf('$') >= 0)) continue;
            var fromScratch = stage.Root.IsScratch;
            // ENV is inherited through FROM <stage> (the base's environment is already effective); ARGs are not.
            var defined = new HashSet<string>(stage.BaseStage?.Environment.Keys ?? [], StringComparer.Ordinal);
            var lastDefinition = new Dictionary<string, int>(StringComparer.Ordinal);
            for (var i = 0; i < stage.Instructions.Count; i++)
                if (stage.Instructions[i].Is("ARG") || stage.Instructions[i].Is("ENV"))
                    foreach (var pair in stage.Instructions[i].Pairs) lastDefinition[pair.Name] = i;

            for (var index = 0; index < stage.Instructions.Count; index++)
            {
                var instruction = stage.Instructions[index];
                if (Expanded.Contains(instruction.Keyword))
                {
                    foreach (var (word, ownKey) in WordsOf(instruction))
                    {
                        // Most words reference nothing; expanding each was 7% of the Dockerfile run.
                        if (word.Raw.IndexOf('$') < 0) continue;
                        var expansion = VariableExpander.Expand(word.Raw, n => defined.Contains(n) || StageBuilder.PredefinedArgs.Contains(n) ? "" : null, document.Syntax.EscapeCharacter);
                        foreach (var reference in expansion.References)
                        {
                            if (reference.HasFallback || defined.Contains(reference.Name) || StageBuilder.PredefinedArgs.Contains(reference.Name) || !IsName(reference.Name)) continue;
                            var suggestion = UndefinedArgInFrom.Suggest(reference.Name, defined.Concat(CommonImageVariables).Where(n => n != reference.Name));
                            // ENV PATH=/x:$PATH reads the value from before this ENV: fine. ENV A=1 B=$A reads no value.
                            if (reference.Name == ownKey) continue;
                            var sameInstruction = instruction.Is("ENV") && instruction.Pairs.Any(p => p.Name == reference.Name);
                            var later = sameInstruction || (lastDefinition.TryGetValue(reference.Name, out var at) && at > index);
                            if (!fromScratch && !later && suggestion is null) continue;
                            var detail = sameInstruction ? "; this ENV sets it too, but every value of one ENV is expanded before any is assigned"
                                : later ? "; it is defined only further down" : "";
                            var fix = sameInstruction ? "Set it in an earlier ENV."
                                : suggestion is not null ? $"Did you mean ${suggestion}? Otherwise declare it with ARG or ENV above this {instruction.Keyword}."
                                : later ? $"Move that ARG/ENV above this {instruction.Keyword}." : $"Declare it with ARG or ENV above this {instruction.Keyword}.";
                            context.Report(ReferenceLocation(word, reference),
                                $"{instruction.Keyword} uses ${reference.Name}, which no ARG or ENV defines at this point, so it expands to an empty string{detail}.",
                                $"{fix}");
                        }
                    }
                }
                if (instruction.Is("ARG") || instruction.Is("ENV"))
                    foreach (var pair in instruction.Pairs) defined.Add(pair.Name);
            }
        }
    }

    /// <summary>The words the builder expands, each with the key its pair assigns (for ENV/LABEL values).</summary>
    private static IEnumerable<(Word Word, string? OwnKey)> WordsOf(Instruction instruction) =>
        instruction.Is("ENV") || instruction.Is("LABEL")
            ? instruction.Pairs.SelectMany(p => p.Value is null ? [(p.Key, (string?)null)] : new[] { (p.Key, (string?)null), (p.Value, (string?)p.Name) })
            : instruction.Arguments.Select(a => (a, (string?)null));

    private static bool IsName(string name) => name.Length > 0 && (char.IsLetter(name[0]) || name[0] == '_');

    /// <summary>The span of the reference inside the word when the word is on one line; the word otherwise.</summary>
    private static Location ReferenceLocation(Word word, VariableReference reference)
    {
        var location = word.Location;
        if (location.Line != location.EndLine || location.EndColumn - location.Column != word.Raw.Length) return location;
        return location with { Span = LinePositionSpan.At(location.Line, location.Column + reference.Offset, reference.Length) };
    }
}

using System;
using System.Collections.Generic;
using System.Linq;
using RedFire.Lint.Dockerfiles;

namespace RedFire.Lint.Rules.Dockerfile;

/// <summary>
/// RF1035: a FROM line uses a variable no ARG before the first FROM declares (nor a predefined build argument);
/// it expands to an empty string. Suggests the closest declared name.
/// </summary>
public sealed class UndefinedArgInFrom : IRule<DockerfileDocument>
{
    public string Id => RuleIds.UndefinedArgInFrom;

    public void Check(DockerfileDocument document, RuleContext context)
    {
        var declared = new HashSet<string>(StringComparer.Ordinal);
        var globalIndex = 0;
        foreach (var instruction in document.Instructions)
        {
            if (instruction.Is("ARG"))
            {
                if (document.Stages.Count == 0 || instruction.StartLine < document.Stages[0].From.StartLine)
                    foreach (var pair in instruction.Pairs) declared.Add(pair.Name);
                continue;
            }
            if (!instruction.Is("FROM")) continue;
            globalIndex++;
            var words = instruction.Flags.Where(f => f.Value is not null).Select(f => (f.Value!, f.ValueLocation!.Value))
                .Concat(instruction.Arguments.Take(1).Select(w => (w.Raw, w.Location)));
            foreach (var (raw, location) in words)
            {
                if (raw.IndexOf('$') < 0) continue;
                var expansion = VariableExpander.Expand(raw, n => declared.Contains(n) || StageBuilder.PredefinedArgs.Contains(n) ? "" : null);
                foreach (var reference in expansion.References.Where(r => !declared.Contains(r.Name) && !StageBuilder.PredefinedArgs.Contains(r.Name) && !r.HasFallback).Select(r => r.Name).Distinct())
                {
                    var suggestion = Suggest(reference, declared.Concat(StageBuilder.PredefinedArgs));
                    context.Report(location, $"FROM uses ${reference}, but no ARG {reference} is declared before the first FROM, so it expands to nothing{(suggestion is null ? "" : $" (did you mean {suggestion}?)")}.",
                        $"Add 'ARG {reference}=<default>' at the top.");
                }
            }
        }
    }

    /// <summary>The closest known name within two edits, the way BuildKit suggests.</summary>
    internal static string? Suggest(string name, IEnumerable<string> candidates)
    {
        string? best = null;
        var bestDistance = 3;
        foreach (var candidate in candidates)
        {
            var distance = Distance(name.ToLowerInvariant(), candidate.ToLowerInvariant());
            if (distance < bestDistance) { bestDistance = distance; best = candidate; }
        }
        return best;
    }

    private static int Distance(string a, string b)
    {
        if (Math.Abs(a.Length - b.Length) > 2) return 3;
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++) previous[j] = j;
        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
            (previous, current) = (current, previous);
        }
        return previous[b.Length];
    }
}

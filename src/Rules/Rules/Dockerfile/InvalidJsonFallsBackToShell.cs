using System.Collections.Generic;
using System.Linq;
using RedFire.Lint.Dockerfiles;

namespace RedFire.Lint.Rules.Dockerfile;

/// <summary>
/// RF1018: arguments that start with '[' but are not valid JSON (single quotes, a missing bracket or quote): the
/// builder silently runs them as a shell command, so <c>CMD ['app']</c> runs the program "[app]". The CMD,
/// ENTRYPOINT and HEALTHCHECK of a stage no image ships never run, so they are skipped there.
/// </summary>
public sealed class InvalidJsonFallsBackToShell : IRule<DockerfileDocument>
{
    public string Id => RuleIds.InvalidJsonFallsBackToShell;

    public void Check(DockerfileDocument document, RuleContext context)
    {
        var neverRun = new HashSet<Instruction>(document.Stages.Where(s => !context.IsShipped(s)).SelectMany(s => s.Instructions)
            .Where(i => i.Is("CMD") || i.Is("ENTRYPOINT") || i.Is("HEALTHCHECK")));
        foreach (var instruction in document.Instructions)
        {
            var target = instruction.Trigger ?? instruction;
            if (!target.IsJsonFallback || !LooksLikeExecForm(target.ArgumentText) || neverRun.Contains(instruction)) continue;
            var hint = target.ArgumentText.Contains("'") ? "JSON needs double quotes" : "check the brackets, quotes and commas";
            context.Report(target.ArgumentsLocation,
                $"The {target.Keyword} arguments look like exec form but are not valid JSON ({hint}), so the builder runs them as a shell command.",
                $"Write {target.Keyword} [\"executable\", \"arg\"].");
        }
    }

    /// <summary>
    /// Meant as a JSON array: '[' followed by a quote, or a bracketed comma-separated list (<c>[python, app.py]</c>),
    /// unlike the shell test <c>[ -f file ] &amp;&amp; …</c>.
    /// </summary>
    private static bool LooksLikeExecForm(string text)
    {
        if (IsShellTest(text)) return false;
        var i = 1;
        while (i < text.Length && char.IsWhiteSpace(text[i])) i++;
        if (i < text.Length && (text[i] == '"' || text[i] == '\'' || text[i] == ']')) return true;
        return text.TrimEnd().EndsWith("]", System.StringComparison.Ordinal) && text.IndexOf(',') > 0;
    }

    /// <summary><c>[ "$X" = "y" ] &amp;&amp; …</c>: a test command whose closing " ]" is followed by a shell operator.</summary>
    private static bool IsShellTest(string text)
    {
        var close = text.IndexOf(" ]", System.StringComparison.Ordinal);
        if (close < 0) return false;
        var rest = text.Substring(close + 2).TrimStart();
        return rest.StartsWith("&&", System.StringComparison.Ordinal) || rest.StartsWith("||", System.StringComparison.Ordinal)
            || rest.StartsWith(";", System.StringComparison.Ordinal) || rest.StartsWith("|", System.StringComparison.Ordinal);
    }
}

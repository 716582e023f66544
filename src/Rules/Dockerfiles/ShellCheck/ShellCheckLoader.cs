using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using RedFire.Lint.Engine;
using RedFire.Lint.Rules;

namespace RedFire.Lint.Dockerfiles.ShellCheck;

/// <summary>
/// Hands the shell-form RUN bodies of every Dockerfile of the run to ShellCheck in one batch, as hadolint does: each
/// script starts with the stage's shell as shebang and an <c>export NAME=1</c> for every ARG and ENV of the stage
/// (and the proxy variables Docker predefines), so that ShellCheck knows them; its comments are mapped back to the
/// Dockerfile. RUNs under a non-POSIX SHELL, exec-form RUNs and RUNs with heredocs are left out.
/// </summary>
public sealed class ShellCheckLoader : IModelLoader
{
    private static readonly string[] PredefinedVariables =
        ["HTTP_PROXY", "http_proxy", "HTTPS_PROXY", "https_proxy", "FTP_PROXY", "ftp_proxy", "NO_PROXY", "no_proxy", "ALL_PROXY", "all_proxy"];

    /// <summary>The shells ShellCheck understands (ash is checked as dash).</summary>
    private static readonly HashSet<string> CheckedShells = new(StringComparer.Ordinal) { "sh", "bash", "dash", "ksh", "ash" };

    private sealed record Script(Instruction Instruction, string Text, int BodyFirstLine);

    public void Load(LoadContext context)
    {
        // Starting shellcheck costs more than the rest of the run; nobody reads its comments when both rules are off.
        if (!context.IsRuleOn(RuleIds.ShellCheckWarning) && !context.IsRuleOn(RuleIds.ShellCheckNote)) return;
        var scripts = context.Models.Get<DockerfileDocument>().SelectMany(ScriptsOf).ToArray();
        if (scripts.Length == 0) return;
        var comments = context.ShellChecker?.Check(scripts.Select(s => s.Text).ToArray());
        var findings = comments is null ? [] : comments.Select(c => Map(scripts[c.Script], c)).ToArray();
        var notRun = context.ShellChecker is null ? "shellcheck is not on PATH"
            : comments is null ? "shellcheck failed or did not finish in time" : null;
        context.Models.Add(new ShellCheckResults(notRun, scripts.Length, findings));
    }

    private static IEnumerable<Script> ScriptsOf(DockerfileDocument document)
    {
        foreach (var stage in document.Stages)
        {
            var exports = stage.Args.Select(a => a.Name).Concat(stage.Environment.Keys).Concat(PredefinedVariables)
                .Where(IsName).Distinct(StringComparer.Ordinal).ToArray();
            var runs = stage.Runs.ToDictionary(r => r.Instruction);
            // The SHELL in force at each RUN: the base stage's, then each SHELL instruction of this stage in turn.
            var shell = ShellOf(stage.BaseStage?.Shell?.Instruction);
            foreach (var instruction in stage.Instructions)
            {
                if (instruction.Is("SHELL")) shell = ShellOf(instruction);
                if (shell is null || !runs.TryGetValue(instruction, out var run)) continue;
                if (!instruction.IsShellForm || !run.IsPosixShell || instruction.Heredocs.Count > 0) continue;
                var body = instruction.ArgumentText;
                if (body.Trim().Length == 0) continue;
                var header = new StringBuilder("#!").Append(shell).Append('\n');
                foreach (var name in exports) header.Append("export ").Append(name).Append("=1\n");
                yield return new Script(instruction, header.Append(body).Append('\n').ToString(), exports.Length + 2);
            }
        }
    }

    /// <summary>The program of a SHELL instruction (none: /bin/sh) when ShellCheck can check it, else null.</summary>
    private static string? ShellOf(Instruction? shell)
    {
        if (shell is null) return "/bin/sh";
        if (shell.Form != ArgumentForm.Json || shell.Arguments.Count == 0) return null;
        var program = shell.Arguments[0].Value;
        return CheckedShells.Contains(program.Substring(program.LastIndexOf('/') + 1)) ? program : null;
    }

    private static bool IsName(string name) =>
        name.Length > 0 && (char.IsLetter(name[0]) || name[0] == '_') && name.All(c => c < 128 && (char.IsLetterOrDigit(c) || c == '_'));

    private static ShellCheckFinding Map(Script script, ShellCheckComment comment)
    {
        var instruction = script.Instruction;
        var body = instruction.ArgumentText;
        int Index(int line, int column)
        {
            var index = 0;
            for (var l = script.BodyFirstLine; l < line && index < body.Length; l++)
            {
                var next = body.IndexOf('\n', index);
                index = next < 0 ? body.Length : next + 1;
            }
            return Math.Min(body.Length, index + Math.Max(0, column - 1));
        }
        var start = comment.Line < script.BodyFirstLine ? 0 : Index(comment.Line, comment.Column);
        var end = comment.EndLine < script.BodyFirstLine ? start : Math.Max(start, Index(comment.EndLine, comment.EndColumn));
        var location = instruction.Line.GetLocation(instruction.ArgumentsStart + start, instruction.ArgumentsStart + end);
        return new ShellCheckFinding(location, comment.Level, comment.Code, comment.Message);
    }
}

using System;
using System.Collections.Generic;
using System.Linq;

namespace RedFire.Lint.Dockerfiles;

/// <summary>
/// The shell commands an instruction runs: its shell-form text, plus the heredoc bodies a shell executes
/// (<c>RUN &lt;&lt;EOF</c>, <c>RUN &lt;&lt;EOF bash</c>, a <c>#!/bin/sh</c> body). Bodies fed to other programs
/// (<c>python3 &lt;&lt;EOF</c>, <c>cat &lt;&lt;EOF &gt; file</c>) are not shell.
/// </summary>
public static class ShellScripts
{
    private static readonly HashSet<string> Shells = new(StringComparer.Ordinal) { "sh", "bash", "ash", "dash", "zsh", "ksh" };

    public static IReadOnlyList<ShellCommand> CommandsOf(Instruction instruction)
    {
        if (!instruction.IsShellForm)
        {
            // Exec form: the JSON strings are the words of one command, no shell involved.
            var words = instruction.Arguments.Select(a => new ShellWord(a.Value, a.Raw, a.Location)).ToArray();
            return words.Length == 0 ? [] : [new ShellCommand(words, [], "", "")];
        }
        var line = ShellSplitter.Split(instruction.Line, instruction.ArgumentsStart, instruction.Line.Length);
        if (instruction.Heredocs.Count == 0) return line;

        var commands = new List<ShellCommand>(line);
        foreach (var heredoc in instruction.Heredocs)
        {
            var reader = line.FirstOrDefault(c => c.Redirections.Any(r => r.Operator.StartsWith("<<", StringComparison.Ordinal)
                && r.Target is not null && r.Target.Value == heredoc.Delimiter));
            if (IsRunByShell(heredoc, reader, line.Count == 0)) commands.AddRange(ShellSplitter.Split(heredoc.Body));
        }
        return commands;
    }

    private static bool IsRunByShell(Heredoc heredoc, ShellCommand? reader, bool lineHasNoCommand)
    {
        var body = heredoc.Body.Text;
        if (body.StartsWith("#!", StringComparison.Ordinal))
        {
            var firstLine = body.Split('\n')[0].Substring(2).Trim();
            var parts = firstLine.Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries);
            if (parts.Length == 0) return false;
            var interpreter = parts[0].EndsWith("/env", StringComparison.Ordinal) && parts.Length > 1 ? parts[1] : parts[0];
            return Shells.Contains(interpreter.Substring(interpreter.LastIndexOf('/') + 1));
        }
        if (reader is null) return lineHasNoCommand;
        return reader.Program is { } program && Shells.Contains(program) && !reader.HasOption("-c");
    }
}

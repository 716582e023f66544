using System;
using System.Linq;
using RedFire.Lint.Dockerfiles;

namespace RedFire.Lint.Rules.Dockerfile;

/// <summary>
/// RF1047: a shell-form RUN pipes commands (<c>curl … | tar x</c>) without pipefail: the RUN succeeds when only the
/// last command does, so a failed download builds a broken image. Satisfied by a SHELL with <c>-o pipefail</c> or
/// <c>set -o pipefail</c> earlier in the same script.
/// </summary>
public sealed class PipeWithoutPipefail : IRule<DockerfileDocument>
{
    public string Id => RuleIds.PipeWithoutPipefail;

    public void Check(DockerfileDocument document, RuleContext context)
    {
        foreach (var stage in document.Stages)
        {
            if (stage.Shell is { } shell && shell.Words.Any(w => w.Value.Contains("pipefail"))) continue;
            foreach (var run in stage.Runs)
            {
                if (run.IsExecForm || !run.IsPosixShell) continue;
                var commands = run.Commands;
                for (var i = 0; i + 1 < commands.Count; i++)
                {
                    var command = commands[i];
                    if (SetsPipefail(command)) break;
                    if (!command.IsPipedToNext || command.Program is "pwsh" or "powershell") continue;
                    context.Report(command.Location.Through(commands[i + 1].Location),
                        $"RUN pipes '{command.Program}' into '{commands[i + 1].Program}' without pipefail, so a failure of '{command.Program}' is ignored and the build goes on.",
                        $"Add SHELL [\"/bin/bash\", \"-o\", \"pipefail\", \"-c\"] before it (or start the script with 'set -o pipefail' where the shell supports it).");
                    break;
                }
            }
        }
    }

    private static bool SetsPipefail(ShellCommand command) =>
        command.Runs("set") && command.Arguments.Any(a => a.Value == "pipefail" || (a.Value.StartsWith("-", StringComparison.Ordinal) && a.Value.Contains("pipefail")));
}

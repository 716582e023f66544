using System;
using RedFire.Lint.Dockerfiles;

namespace RedFire.Lint.Rules.Dockerfile;

/// <summary>
/// RF1010: <c>RUN cd dir &amp;&amp; …</c>: the directory change is lost after the RUN; WORKDIR states it once for every
/// later instruction. A <c>cd</c> inside a subshell or a heredoc script is not reported.
/// </summary>
public sealed class CdInRun : IRule<DockerfileDocument>
{
    public string Id => RuleIds.CdInRun;

    public void Check(DockerfileDocument document, RuleContext context)
    {
        foreach (var (_, run, command) in document.AllRunCommands)
        {
            if (!command.Runs("cd") || command.Name is null || run.Instruction.Heredocs.Count > 0) continue;
            var target = command.Arguments.Count > 0 ? command.Arguments[0].Value : "~";
            if (target == "-") continue;
            context.Report(command.Name.Location,
                $"'cd {target}' changes the directory for this RUN only, which later instructions do not see.",
                $"Set 'WORKDIR {target}' before the RUN.");
        }
    }
}

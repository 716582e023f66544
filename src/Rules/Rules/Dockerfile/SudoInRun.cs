using System.Linq;
using RedFire.Lint.Dockerfiles;

namespace RedFire.Lint.Rules.Dockerfile;

/// <summary>RF1009: <c>sudo</c> in a RUN: the build already runs as the USER in effect; switch with USER, or gosu/su-exec at run time.</summary>
public sealed class SudoInRun : IRule<DockerfileDocument>
{
    public string Id => RuleIds.SudoInRun;

    public void Check(DockerfileDocument document, RuleContext context)
    {
        foreach (var (_, _, command) in document.AllRunCommands)
        {
            var sudo = command.WrapperWords.FirstOrDefault(w => w.Value == "sudo") ?? (command.Runs("sudo") ? command.Name : null);
            if (sudo is null) continue;
            context.Report(sudo.Location,
                $"RUN uses sudo, which needs a tty/password setup in the image and behaves differently across bases.",
                $"Use 'USER root' before the step (and 'USER <app user>' after), or gosu/su-exec in the entrypoint.");
        }
    }
}

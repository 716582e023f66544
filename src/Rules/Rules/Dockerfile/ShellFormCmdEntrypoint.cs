using System.Linq;
using RedFire.Lint.Dockerfiles;

namespace RedFire.Lint.Rules.Dockerfile;

/// <summary>
/// RF1020: CMD or ENTRYPOINT in shell form: the program runs under <c>/bin/sh -c</c>, which does not forward
/// SIGTERM, so the container is killed after the stop timeout. Not reported when the stage sets SHELL, nor in a
/// stage no image ships (its CMD never runs).
/// </summary>
public sealed class ShellFormCmdEntrypoint : IRule<DockerfileDocument>
{
    public string Id => RuleIds.ShellFormCmdEntrypoint;

    public void Check(DockerfileDocument document, RuleContext context)
    {
        foreach (var stage in document.Stages)
        {
            if (stage.Shell is not null || !context.IsShipped(stage)) continue;
            foreach (var instruction in stage.Instructions)
            {
                if (!(instruction.Is("CMD") || instruction.Is("ENTRYPOINT")) || instruction.Form != ArgumentForm.Shell || instruction.IsJsonFallback) continue;
                if (instruction.ArgumentText.Length == 0) continue;
                var words = instruction.Arguments.Select(a => "\"" + a.Value.Replace("\"", "\\\"") + "\"");
                context.Report(instruction.Location,
                    $"{instruction.Keyword} in shell form runs under /bin/sh -c, which does not pass SIGTERM to the program.",
                    $"Use exec form: {instruction.Keyword} [{string.Join(", ", words)}].");
            }
        }
    }
}

using System.Collections.Generic;
using RedFire.Lint.Dockerfiles;

namespace RedFire.Lint.Rules.Dockerfile;

/// <summary>
/// RF1050 (info): interactive or host-management commands in a RUN (<c>ssh</c>, <c>vim</c>, <c>shutdown</c>,
/// <c>service</c>, <c>ps</c>, <c>free</c>, <c>top</c>, <c>kill</c>, <c>mount</c>, <c>ifconfig</c>): in a build step
/// they either wait for a terminal or act on a container that is thrown away when the step ends.
/// </summary>
public sealed class UnsuitableCommandInRun : IRule<DockerfileDocument>
{
    private static readonly HashSet<string> Unsuitable = new(System.StringComparer.Ordinal)
    {
        "ssh", "vim", "shutdown", "service", "ps", "free", "top", "kill", "mount", "ifconfig",
    };

    public string Id => RuleIds.UnsuitableCommandInRun;

    public void Check(DockerfileDocument document, RuleContext context)
    {
        foreach (var (_, _, command) in document.AllRunCommands)
        {
            if (command.Program is not { } program || !Unsuitable.Contains(program) || command.Name is null) continue;
            context.Report(command.Name.Location, $"'{program}' in a RUN either waits for a terminal or acts on a build container that is discarded when the step ends.",
                $"Remove '{program}' from the build; do it at run time (entrypoint) if it is needed at all.");
        }
    }
}

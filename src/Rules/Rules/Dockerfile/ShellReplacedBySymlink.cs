using System.Linq;
using RedFire.Lint.Dockerfiles;

namespace RedFire.Lint.Rules.Dockerfile;

/// <summary>
/// RF1065: <c>ln -s /bin/bash /bin/sh</c> replaces the image's /bin/sh, which every script in the image relies on;
/// SHELL changes the shell of RUN alone.
/// </summary>
public sealed class ShellReplacedBySymlink : IRule<DockerfileDocument>
{
    public string Id => RuleIds.ShellReplacedBySymlink;

    public void Check(DockerfileDocument document, RuleContext context)
    {
        foreach (var (_, _, command) in document.AllRunCommands)
        {
            if (!command.Runs("ln") || command.Operands().LastOrDefault()?.Value is not ("/bin/sh" or "/usr/bin/sh")) continue;
            context.Report(command.Location, $"'{command}' replaces /bin/sh for every script in the image, not just for the build.",
                $"Set the build's shell with SHELL instead: 'SHELL [\"/bin/bash\", \"-o\", \"pipefail\", \"-c\"]'.");
        }
    }
}

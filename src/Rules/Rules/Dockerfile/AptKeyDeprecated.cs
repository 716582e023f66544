using System.Linq;
using RedFire.Lint.Dockerfiles;

namespace RedFire.Lint.Rules.Dockerfile;

/// <summary>
/// RF1093: <c>apt-key add</c> or <c>apt-key adv</c> in a RUN. apt-key is deprecated (Debian 11, Ubuntu 22.04) and
/// no longer shipped from Debian 13 on, so the step fails on a newer base; and a key it adds is trusted for
/// every repository, not only the one it signs.
/// </summary>
public sealed class AptKeyDeprecated : IRule<DockerfileDocument>
{
    public string Id => RuleIds.AptKeyDeprecated;

    public void Check(DockerfileDocument document, RuleContext context)
    {
        foreach (var (_, _, command) in document.AllRunCommands)
        {
            if (!command.Runs("apt-key")) continue;
            var sub = command.Subcommand("--keyring")?.Value;
            if (sub is not ("add" or "adv")) continue;
            context.Report(command.Location,
                $"'apt-key {sub}' is deprecated and gone from Debian 13, and the key it adds is trusted for every repository.",
                $"Save the key under /etc/apt/keyrings (curl -fsSL <url> | gpg --dearmor -o /etc/apt/keyrings/<name>.gpg) and name it in the source: 'deb [signed-by=/etc/apt/keyrings/<name>.gpg] …'.");
        }
    }
}

using System.Linq;
using RedFire.Lint.Dockerfiles;

namespace RedFire.Lint.Rules.Dockerfile;

/// <summary>
/// RF1062 (off by default): USER names a user instead of a numeric UID. Kubernetes' runAsNonRoot cannot verify a
/// name, and a host that maps users sees an id it may not know. Off by default: Docker itself resolves names fine.
/// </summary>
public sealed class NonNumericUser : IRule<DockerfileDocument>
{
    public string Id => RuleIds.NonNumericUser;

    public void Check(DockerfileDocument document, RuleContext context)
    {
        foreach (var instruction in document.Instructions.Where(i => i.Is("USER") && i.Arguments.Count > 0))
        {
            var word = instruction.Arguments[0];
            var user = word.Value.Split(':')[0];
            if (word.Raw.IndexOf('$') >= 0 || user.Length == 0 || user.All(char.IsDigit)) continue;
            context.Report(word.Location, $"USER '{word.Value}' names a user, which Kubernetes' runAsNonRoot cannot check and a host may not resolve; a numeric UID always works.",
                $"Write the numeric ids, for example 'USER 10001:10001'.");
        }
    }
}

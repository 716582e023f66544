using System.Text.RegularExpressions;
using RedFire.Lint.Dockerfiles;

namespace RedFire.Lint.Rules.Dockerfile;

/// <summary>RF1066 (off by default): a <c># hadolint ignore=…</c> pragma; for teams that want every exception in the config file instead.</summary>
public sealed class HadolintInlineIgnore : IRule<DockerfileDocument>
{
    private static readonly Regex Pragma = new(@"^hadolint\s+ignore\s*=", RegexOptions.CultureInvariant);

    public string Id => RuleIds.HadolintInlineIgnore;

    public void Check(DockerfileDocument document, RuleContext context)
    {
        foreach (var comment in document.Syntax.Comments)
        {
            if (!Pragma.IsMatch(comment.Text)) continue;
            context.Report(comment.Location, $"'# {comment.Text}' silences rules inline, where reviews of the configuration do not see it.",
                $"Move the exception to .redfire-lint.json (\"rules\" or \"exclude\").");
        }
    }
}

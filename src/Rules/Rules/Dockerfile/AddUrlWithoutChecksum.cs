using System;
using System.Linq;
using RedFire.Lint.Dockerfiles;

namespace RedFire.Lint.Rules.Dockerfile;

/// <summary>
/// RF1095: <c>ADD https://…</c> without <c>--checksum</c>: whatever the server returns that day goes into the image
/// unverified. Git sources (<c>.git</c>, <c>git@</c>, a <c>#ref</c>) and variable URLs are left alone.
/// </summary>
public sealed class AddUrlWithoutChecksum : IRule<DockerfileDocument>
{
    public string Id => RuleIds.AddUrlWithoutChecksum;

    public void Check(DockerfileDocument document, RuleContext context)
    {
        foreach (var copy in document.Stages.SelectMany(s => s.Copies))
        {
            if (!copy.IsAdd || copy.Instruction.GetFlag("checksum") is not null) continue;
            foreach (var source in copy.Sources.Where(s => IsDownload(s.Value)))
                context.Report(source.Location,
                    $"ADD downloads '{source.Value}' without --checksum, so the build takes whatever the server returns, unverified.",
                    $"Add '--checksum=sha256:<digest>' to the ADD, or download with curl and check the digest with sha256sum -c in the RUN that uses it.");
        }
    }

    private static bool IsDownload(string source) =>
        (source.StartsWith("https://", StringComparison.OrdinalIgnoreCase) || source.StartsWith("http://", StringComparison.OrdinalIgnoreCase))
        && source.IndexOf('$') < 0 && source.IndexOf('#') < 0 && !source.EndsWith(".git", StringComparison.OrdinalIgnoreCase);
}

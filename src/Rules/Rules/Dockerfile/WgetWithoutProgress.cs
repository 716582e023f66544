using RedFire.Lint.Dockerfiles;

namespace RedFire.Lint.Rules.Dockerfile;

/// <summary>RF1054 (info): <c>wget</c> without <c>--progress</c> or a quiet option floods the build log with a progress bar line per chunk.</summary>
public sealed class WgetWithoutProgress : IRule<DockerfileDocument>
{
    public string Id => RuleIds.WgetWithoutProgress;

    public void Check(DockerfileDocument document, RuleContext context)
    {
        foreach (var (_, _, command) in document.AllRunCommands)
        {
            if (!command.Runs("wget") || command.Name is null) continue;
            if (command.HasOption("--progress", "-q", "--quiet", "-nv", "--no-verbose", "-o", "--output-file", "-a", "--append-output")) continue;
            context.Report(command.Location, $"'wget' without --progress or -q writes a progress line per chunk, which bloats the build log of a large download.",
                $"Add '--progress=dot:giga' (or -q / -nv).");
        }
    }
}

using System.Linq;
using RedFire.Lint.Dockerfiles;

namespace RedFire.Lint.Rules.Dockerfile;

/// <summary>RF1064 (info): a stage uses both wget and curl; one downloader is enough, and each is another package to patch.</summary>
public sealed class WgetAndCurl : IRule<DockerfileDocument>
{
    public string Id => RuleIds.WgetAndCurl;

    public void Check(DockerfileDocument document, RuleContext context)
    {
        foreach (var stage in document.Stages)
        {
            bool wget = false, curl = false;
            foreach (var run in stage.Runs)
            {
                wget |= run.Commands.Any(c => c.Runs("wget"));
                curl |= run.Commands.Any(c => c.Runs("curl"));
                var downloader = run.Commands.FirstOrDefault(c => c.Runs("wget") || c.Runs("curl"));
                if (!wget || !curl || downloader is null) continue;
                context.Report(downloader.Location, $"Stage '{stage}' uses both wget and curl; one downloader is enough, and each is another package to keep patched.",
                    $"Use one of them throughout the stage.");
            }
        }
    }
}

using RedFire.Lint.Dockerfiles;

namespace RedFire.Lint.Rules.Dockerfile;

/// <summary>RF1043: <c>FROM --platform=$TARGETPLATFORM</c> says what FROM does anyway.</summary>
public sealed class RedundantTargetPlatform : IRule<DockerfileDocument>
{
    public string Id => RuleIds.RedundantTargetPlatform;

    public void Check(DockerfileDocument document, RuleContext context)
    {
        foreach (var stage in document.Stages)
        {
            var platform = stage.Platform;
            if (platform?.Value is not ("$TARGETPLATFORM" or "${TARGETPLATFORM}")) continue;
            context.Report(platform.Location, $"FROM --platform={platform.Value} sets what is already the default.", $"Remove the flag.");
        }
    }
}

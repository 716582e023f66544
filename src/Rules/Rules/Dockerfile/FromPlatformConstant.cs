using System;
using System.Linq;
using RedFire.Lint.Dockerfiles;

namespace RedFire.Lint.Rules.Dockerfile;

/// <summary>
/// RF1034: <c>FROM --platform=linux/amd64</c> with a constant: the image is that platform whatever the build
/// targets. Use <c>$BUILDPLATFORM</c> (build tools) or <c>$TARGETPLATFORM</c>. Variables are not reported.
/// </summary>
public sealed class FromPlatformConstant : IRule<DockerfileDocument>
{
    public string Id => RuleIds.FromPlatformConstant;

    public void Check(DockerfileDocument document, RuleContext context)
    {
        foreach (var stage in document.Stages)
        {
            var platform = stage.Platform;
            if (platform?.Value is not { Length: > 0 } value || value.Contains("$")) continue;
            // A stage named after its platform (AS build-amd64, AS linux) is deliberately platform-specific (BuildKit agrees).
            if (stage.Name is { } name && value.Split('/').Any(part => part.Length > 0 && name.IndexOf(part, StringComparison.OrdinalIgnoreCase) >= 0)) continue;
            context.Report(platform.Location,
                $"FROM --platform={value} pins the stage to one platform, so multi-platform builds get the wrong architecture.",
                $"Use --platform=$BUILDPLATFORM for build tools, or drop the flag.");
        }
    }
}

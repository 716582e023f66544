using System.Collections.Generic;
using RedFire.Lint.Sources;

namespace RedFire.Lint.Deployment;

/// <summary>
/// A Dockerfile whose COPY/ADD takes its whole build context (<c>COPY . .</c>), the context it is built with and
/// what the top of that context holds, for the rules that depend on what such a copy carries in.
/// </summary>
/// <param name="WholeContextCopy">The first <c>.</c> source of a COPY/ADD from the context.</param>
/// <param name="ComposeContext">The compose <c>build.context</c> that names the context; null for the Dockerfile's own folder.</param>
/// <param name="Ignore">The .dockerignore BuildKit applies (<c>&lt;Dockerfile&gt;.dockerignore</c> first); null when there is none.</param>
/// <param name="TopEntries">The names of the files at the top of the context, and of the folders .git and node_modules when present.</param>
public sealed record BuildContextUpload(
    ImageDockerfile Dockerfile,
    Located<string> WholeContextCopy,
    string ContextDisplayPath,
    Located<string>? ComposeContext,
    DockerIgnore? Ignore,
    IReadOnlyList<string> TopEntries);

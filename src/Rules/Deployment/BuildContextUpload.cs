using System.Collections.Generic;
using RedFire.Lint.Sources;

namespace RedFire.Lint.Deployment;

/// <summary>
/// A Dockerfile whose COPY/ADD takes its whole build context (<c>COPY . .</c>), with no .dockerignore for that
/// context, and the entries at the top of the context that then go into the build: <c>.git</c>,
/// <c>node_modules</c>, secret-looking files. Only pairs with at least one such entry are made.
/// </summary>
/// <param name="WholeContextCopy">The first <c>.</c> source of a COPY/ADD from the context.</param>
/// <param name="ComposeContext">The compose <c>build.context</c> that names the context; null for the Dockerfile's own folder.</param>
public sealed record BuildContextUpload(
    ImageDockerfile Dockerfile,
    Located<string> WholeContextCopy,
    string ContextDisplayPath,
    Located<string>? ComposeContext,
    IReadOnlyList<string> Unwanted);

using System.Collections.Generic;
using RedFire.Lint.Sources;

namespace RedFire.Lint.Deployment;

/// <summary>
/// A service's <c>build:</c> resolved on disk: the context directory, the Dockerfile in it and the target stage.
/// When the Dockerfile is not where compose looks, <see cref="Candidate"/> is the file the author evidently
/// meant (the same path taken from the project directory, or the Dockerfile that defines the target stage),
/// so messages can say where it is and the other checks can still use it.
/// </summary>
public sealed class BuildReference
{
    public BuildReference(Location location, string contextFullPath, bool contextExists, string dockerfileFullPath)
    {
        Location = location;
        ContextFullPath = contextFullPath;
        ContextExists = contextExists;
        DockerfileFullPath = dockerfileFullPath;
    }

    /// <summary>The <c>build</c> key (or its string value).</summary>
    public Location Location { get; }

    public Located<string>? Context { get; init; }

    public string ContextFullPath { get; }

    public bool ContextExists { get; }

    /// <summary><see cref="ContextFullPath"/> as findings show paths.</summary>
    public string ContextDisplayPath { get; init; } = "";

    /// <summary><c>build.dockerfile</c> as written; null for the default <c>Dockerfile</c>.</summary>
    public Located<string>? DockerfilePath { get; init; }

    public string DockerfileFullPath { get; }

    /// <summary><see cref="DockerfileFullPath"/> as findings show paths (relative to the working directory).</summary>
    public string DockerfileDisplayPath { get; init; } = "";

    /// <summary>The Dockerfile at <see cref="DockerfileFullPath"/>; null when it does not exist.</summary>
    public ImageDockerfile? Dockerfile { get; init; }

    /// <summary><c>dockerfile_inline</c>: nothing on disk to check.</summary>
    public bool IsInline { get; init; }

    /// <summary>The Dockerfile meant, when <see cref="Dockerfile"/> is missing and one could be found elsewhere.</summary>
    public ImageDockerfile? Candidate { get; init; }

    public Located<string>? Target { get; init; }

    /// <summary>The stage the service runs: the target (or the last stage) of <see cref="Dockerfile"/>, else of <see cref="Candidate"/>.</summary>
    public ImageStage? Stage { get; init; }

    /// <summary>
    /// Every context source that COPY/ADD in the stages the service builds take, checked against the context on
    /// disk and its .dockerignore (the loader checks; rules only read).
    /// </summary>
    public IReadOnlyList<CopySourceCheck> CopySources { get; init; } = [];
}

/// <summary>One COPY/ADD source and what the build context holds for it.</summary>
public sealed record CopySourceCheck(Located<string> Source, ImageStage Stage, bool Exists, bool Ignored);

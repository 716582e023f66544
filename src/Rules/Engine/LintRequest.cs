using System.Collections.Generic;
using RedFire.Lint.Dockerfiles.ShellCheck;
using RedFire.Lint.Policy;
using RedFire.Lint.Sources;

namespace RedFire.Lint.Engine;

/// <summary>One run: the files to lint, where paths are shown relative to, and the configuration.</summary>
public sealed record LintRequest(IReadOnlyList<SourceFile> Files)
{
    /// <summary>Absolute path that display paths are relative to.</summary>
    public string WorkingDirectory { get; init; } = System.IO.Directory.GetCurrentDirectory();

    public LintConfiguration Configuration { get; init; } = LintConfiguration.Default;

    public IFileSystem FileSystem { get; init; } = PhysicalFileSystem.Instance;

    /// <summary>Runs ShellCheck on RUN instructions: the shellcheck on PATH by default, null to leave those checks out.</summary>
    public IShellChecker? ShellChecker { get; init; } = ShellCheckProcess.FindOnPath();

    /// <summary>Where loaders may read files the run did not pass in (included, extended, built ones).</summary>
    public ReadBoundary Boundary { get; init; } = ReadBoundary.Anywhere;
}

using System.Collections.Generic;
using System.IO;
using RedFire.Lint.Sources;

namespace RedFire.Lint.Policy;

/// <summary>
/// The files for development and tests, not production (the config file's <c>developmentFiles</c> globs, relative
/// to its directory): findings of production-only rules are one level lower in them.
/// </summary>
public sealed class DevelopmentFiles
{
    /// <summary>Dev and test compose files, Dockerfiles and folders by their usual names.</summary>
    public static IReadOnlyList<string> DefaultPatterns { get; } =
    [
        "*{.,-}{dev,develop,devcontainer,local,test,tests,ci-test,e2e,cypress}.{yml,yaml}",
        "*{.,-}{dev,test,tests}.override.{yml,yaml}",
        "Dockerfile.{dev,develop,debug,test,e2e,cypress}",
        "{dev,debug,test,e2e,cypress}.Dockerfile",
        ".devcontainer", "dev", "devenv", "test", "tests", "e2e", "cypress",
    ];

    private readonly string _baseDirectory;
    private readonly PathGlobs _globs;

    public DevelopmentFiles(string baseDirectory, IReadOnlyList<string> patterns)
    {
        _baseDirectory = baseDirectory;
        _globs = new PathGlobs(patterns);
    }

    /// <summary>The default patterns; they name files at any depth, so the base directory does not matter.</summary>
    public static DevelopmentFiles Default { get; } = new(".", DefaultPatterns);

    public IReadOnlyList<string> Patterns => _globs.Patterns;

    /// <summary>True for a file (absolute path) for development or tests.</summary>
    public bool Contains(string fullPath) => _globs.Matches(DisplayPaths.Relative(FullPaths.Of(_baseDirectory), fullPath));
}

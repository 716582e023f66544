using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using RedFire.Lint.Catalog;
using RedFire.Lint.Engine;
using RedFire.Lint.Findings;
using RedFire.Lint.Sources;

namespace RedFire.Lint.Policy;

/// <summary>Where a run's configuration comes from: the working directory, the linted paths and the command line.</summary>
public sealed record ConfigurationRequest(string WorkingDirectory, IReadOnlyList<string> Paths)
{
    /// <summary>An explicit config file (<c>--config</c>); otherwise the nearest .redfire-lint.json is used.</summary>
    public string? ConfigFile { get; init; }

    /// <summary>Severities from the command line: they win over every file.</summary>
    public IReadOnlyDictionary<string, Severity> CommandLineSeverities { get; init; } = new Dictionary<string, Severity>();

    /// <summary>The profile from the command line or the MSBuild property; wins over the config file's "extends".</summary>
    public RuleProfile? Profile { get; init; }

    public IFileSystem FileSystem { get; init; } = PhysicalFileSystem.Instance;

    private readonly RuleCatalog? _catalog;

    /// <summary>The rules a config file is checked against; read only when there is a config file (the build's
    /// election resolves a configuration on every build, and most repositories have none).</summary>
    public RuleCatalog Catalog { get => _catalog ?? RuleCatalog.Default; init => _catalog = value; }
}

/// <summary>
/// Builds a run's <see cref="LintConfiguration"/> in precedence order: rules.json defaults under the profile (the
/// request's, else the config file's "extends", else recommended) ← .globalconfig / .editorconfig ← the config file
/// ← the command line. Shared by the CLI and the MSBuild task.
/// </summary>
public static class ConfigurationResolver
{
    /// <summary>The config file and command-line settings. Throws <see cref="ConfigurationException"/> for a bad config file.</summary>
    public static LintConfiguration Resolve(ConfigurationRequest request)
    {
        var configPath = request.ConfigFile is { } explicitPath
            ? Path.GetFullPath(Path.Combine(request.WorkingDirectory, explicitPath))
            : ConfigFile.Find(StartDirectories(request), request.FileSystem);

        var configuration = LintConfiguration.Default;
        var severities = new Dictionary<string, Severity>(StringComparer.Ordinal);
        if (configPath is not null)
        {
            var display = request.ConfigFile ?? DisplayPaths.Relative(request.WorkingDirectory, configPath);
            var file = ConfigFile.Load(configPath, display, request.FileSystem, request.Catalog);
            foreach (var setting in file.Severities) severities[setting.Key] = setting.Value;
            configuration = file.AppliedTo(configuration);
        }
        foreach (var setting in request.CommandLineSeverities) severities[setting.Key] = setting.Value;
        return configuration with { Severities = severities, Profile = request.Profile ?? configuration.Profile };
    }

    /// <summary>Adds the .globalconfig/.editorconfig severities that apply to the files of the run (absolute paths).</summary>
    public static LintConfiguration WithEditorConfig(LintConfiguration configuration, IEnumerable<string> files, IFileSystem? fileSystem = null) =>
        configuration with { FileSeverities = EditorConfigSeverities.Load(files, fileSystem ?? PhysicalFileSystem.Instance) };

    /// <summary>Each linted path, then the working directory: the walk up starts there.</summary>
    /// <remarks>
    /// Not asked whether each path is a folder (hundreds of paths when files are named one by one): a file's path starts
    /// the walk as well as its folder does, since nothing is found under a file and the walk goes on to its folder.
    /// </remarks>
    private static string[] StartDirectories(ConfigurationRequest request) =>
        [.. request.Paths.Select(path => Path.GetFullPath(Path.Combine(request.WorkingDirectory, path))), Path.GetFullPath(request.WorkingDirectory)];
}

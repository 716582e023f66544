using System;
using System.Collections.Generic;
using System.Linq;
using RedFire.Lint.Compose.Interpolation;
using RedFire.Lint.Compose.Yaml;
using RedFire.Lint.Sources;

namespace RedFire.Lint.Compose;

/// <summary>
/// A compose project as <c>docker compose</c> would run it: its files merged in order, variables interpolated,
/// <c>extends</c> and <c>include</c> applied. Every element keeps the position it was written at.
/// </summary>
public sealed class ComposeProject
{
    internal ComposeProject(string name, string projectDirectory, IReadOnlyList<SourceFile> files, YamlMapping root,
        ComposeEnvironment environment, IReadOnlyList<ComposeService> services)
    {
        Name = name;
        ProjectDirectory = projectDirectory;
        Files = files;
        Root = root;
        Environment = environment;
        Services = services;
        Networks = Resources(root["networks"]);
        Volumes = Resources(root["volumes"]);
        Secrets = Resources(root["secrets"]);
        Configs = Resources(root["configs"]);
    }

    /// <summary>The project name: <c>name:</c>, else the project directory's name (lower-cased, as Compose does).</summary>
    public string Name { get; }

    public string ProjectDirectory { get; }

    /// <summary>The files given (<c>-f</c> order; compose.yaml then its override), then included and extended files.</summary>
    public IReadOnlyList<SourceFile> Files { get; }

    /// <summary>The first file: where project-level findings go.</summary>
    public SourceFile MainFile => Files[0];

    public Location Location => Root.Location;

    /// <summary>The merged document: for anything the typed views do not cover.</summary>
    public YamlMapping Root { get; }

    /// <summary>The variables interpolation used (project .env / --env-file, and the process environment when enabled).</summary>
    public ComposeEnvironment Environment { get; }

    /// <summary>Every service, active or not (see <see cref="ComposeService.IsActive"/>), in file order.</summary>
    public IReadOnlyList<ComposeService> Services { get; }

    public IEnumerable<ComposeService> ActiveServices => Services.Where(s => s.IsActive);

    public IReadOnlyList<ComposeResource> Networks { get; }

    public IReadOnlyList<ComposeResource> Volumes { get; }

    public IReadOnlyList<ComposeResource> Secrets { get; }

    public IReadOnlyList<ComposeResource> Configs { get; }

    /// <summary>The obsolete top-level <c>version</c> key's value, when present.</summary>
    public YamlScalar? Version => YamlViews.Scalar(Root, "version");

    public ComposeService? FindService(string name) => Services.FirstOrDefault(s => string.Equals(s.Name, name, StringComparison.Ordinal));

    public ComposeResource? FindNetwork(string name) => Networks.FirstOrDefault(n => n.Name == name);

    public ComposeResource? FindVolume(string name) => Volumes.FirstOrDefault(v => v.Name == name);

    private static IReadOnlyList<ComposeResource> Resources(YamlNode? node) =>
        node is YamlMapping map ? map.Entries.Select(e => new ComposeResource(e.Key, e.Value as YamlMapping)).ToArray() : [];

    public override string ToString() => $"{Name} ({string.Join(", ", Files.Select(f => f.Path))})";
}

using System;
using System.Collections.Generic;
using System.Linq;
using RedFire.Lint.Sources;

namespace RedFire.Lint.Deployment;

/// <summary>A compose service as the deployment runs it: compose settings (interpolated, merges applied) and what it builds.</summary>
public sealed class DeployedService
{
    public DeployedService(string name, Location nameLocation)
    {
        Name = name;
        NameLocation = nameLocation;
    }

    public string Name { get; }

    public Location NameLocation { get; }

    /// <summary><c>image:</c>, parsed.</summary>
    public Located<ImageName>? Image { get; init; }

    public BuildReference? Build { get; init; }

    /// <summary>compose <c>user:</c>, which overrides the image's USER.</summary>
    public Located<string>? User { get; init; }

    public IReadOnlyList<EnvironmentValue> Environment { get; init; } = [];

    /// <summary>compose <c>command</c> and <c>entrypoint</c> as words (a string is split like a shell would).</summary>
    public IReadOnlyList<Located<string>>? Command { get; init; }

    public IReadOnlyList<Located<string>>? Entrypoint { get; init; }

    public HealthCheck? HealthCheck { get; init; }

    public IReadOnlyList<PortMapping> Ports { get; init; } = [];

    public IReadOnlyList<Located<int>> Expose { get; init; } = [];

    /// <summary>The networks the service joins; a service without <c>networks:</c> joins <c>default</c>.</summary>
    public IReadOnlyList<Located<string>> Networks { get; init; } = [];

    /// <summary>True when the service has no <c>networks:</c> and so joins the implicit <c>default</c> network.</summary>
    public bool UsesDefaultNetwork { get; init; }

    public IReadOnlyList<Dependency> DependsOn { get; init; } = [];

    public IReadOnlyList<VolumeMount> Volumes { get; init; } = [];

    public IReadOnlyList<Located<string>> SecretReferences { get; init; } = [];

    public IReadOnlyList<Located<string>> ConfigReferences { get; init; } = [];

    public IReadOnlyList<EnvFileReference> EnvFiles { get; init; } = [];

    /// <summary>compose <c>restart:</c>; null when unset (Compose's default is "no").</summary>
    public string? Restart { get; init; }

    /// <summary>The Dockerfile stage the service runs, when it builds one that could be found.</summary>
    public ImageStage? Stage => Build?.Stage;

    public EnvironmentValue? EnvironmentVariable(string name) =>
        Environment.LastOrDefault(e => string.Equals(e.Name, name, StringComparison.Ordinal));
}

/// <summary>An image reference split into its parts (<c>registry/repository:tag@digest</c>).</summary>
public sealed record ImageName(string Repository, string? Tag, string? Digest)
{
    /// <summary>The repository without registry and without the implicit <c>library/</c>: <c>nginx</c>, <c>bitnami/redis</c>.</summary>
    public string ShortRepository { get; init; } = Repository;

    public override string ToString() => Repository + (Tag is null ? "" : ":" + Tag) + (Digest is null ? "" : "@" + Digest);

    public static ImageName Parse(string reference)
    {
        var text = reference.Trim();
        string? digest = null;
        var at = text.IndexOf('@');
        if (at >= 0) { digest = text.Substring(at + 1); text = text.Substring(0, at); }
        string? tag = null;
        var colon = text.LastIndexOf(':');
        if (colon > text.LastIndexOf('/')) { tag = text.Substring(colon + 1); text = text.Substring(0, colon); }
        var parts = text.Split('/');
        // A first part with a dot, a colon or "localhost" is a registry host (Docker's own rule).
        var hasRegistry = parts.Length > 1 && (parts[0].Contains(".") || parts[0].Contains(":") || parts[0] == "localhost");
        var path = hasRegistry ? string.Join("/", parts.Skip(1)) : text;
        if (path.StartsWith("library/", StringComparison.Ordinal)) path = path.Substring("library/".Length);
        return new ImageName(text, tag, digest) { ShortRepository = path.ToLowerInvariant() };
    }
}

/// <summary>One <c>environment</c> entry. <see cref="Value"/> is interpolated (null when the value is unset).</summary>
public sealed record EnvironmentValue(string Name, string? Value, Location Location)
{
    /// <summary>The value as written, before interpolation (to tell <c>${VAR}</c> from a literal).</summary>
    public string? RawValue { get; init; }
}

/// <summary>
/// A health check as compose or a Dockerfile states it: <see cref="Test"/> holds the words that run (without
/// <c>CMD</c>/<c>CMD-SHELL</c>; a shell string split into words), <see cref="Location"/> the whole check.
/// </summary>
public sealed record HealthCheck(bool Disabled, IReadOnlyList<Located<string>> Test, Location Location);

/// <summary>
/// A <c>ports:</c> entry (every entry publishes, <c>"8006"</c> alone on a random host port). The container side
/// is what the service must listen on.
/// </summary>
public sealed record PortMapping(string? HostPort, int? ContainerPort, string Protocol, Location ContainerLocation, Location Location)
{
    /// <summary>The host address the port is bound to (<c>127.0.0.1:6379:6379</c>); null for every interface.</summary>
    public string? HostIp { get; init; }

    /// <summary>Bound to the host's loopback interface: reachable from the host itself only, never from outside.</summary>
    public bool IsLoopbackOnly => HostIp is { } ip
        && (ip.StartsWith("127.", System.StringComparison.Ordinal) || ip is "::1" or "[::1]" or "localhost");
}

public sealed record Dependency(string Service, string Condition, Location Location);

public enum MountType
{
    Volume,
    Bind,
    Tmpfs,
    Other,
}

/// <summary>A <c>volumes:</c> entry; for binds, <see cref="SourceFullPath"/> is the host path resolved against the project directory.</summary>
public sealed record VolumeMount(MountType Type, string? Source, string Target, Location Location)
{
    public string? SourceFullPath { get; init; }

    public Location? SourceLocation { get; init; }

    /// <summary>For binds: whether the host path exists (file or directory).</summary>
    public bool SourceExists { get; init; } = true;
}

/// <summary>An <c>env_file</c> entry: the path as written, resolved, whether Compose requires it and whether it exists.</summary>
public sealed record EnvFileReference(string Path, string FullPath, bool Required, Location Location)
{
    public bool Exists { get; init; } = true;

    /// <summary>Whether the checkout ships the example the setup copies to this file (<see cref="Compose.Loading.EnvExamples"/>).</summary>
    public bool HasExample { get; init; }
}

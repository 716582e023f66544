using System.Collections.Generic;
using RedFire.Lint.Compose.Yaml;

namespace RedFire.Lint.Compose;

/// <summary>One <c>depends_on</c> entry: list form (<c>- db</c>) or map form (<c>db: {condition, required, restart}</c>).</summary>
public sealed record ComposeDependency(YamlScalar Service, YamlMapping? Options)
{
    public string Name => Service.Value;

    /// <summary><c>service_started</c> (the default), <c>service_healthy</c> or <c>service_completed_successfully</c>.</summary>
    public YamlScalar? Condition => YamlViews.Scalar(Options, "condition");

    public string ConditionName => Condition?.Value ?? "service_started";

    /// <summary>False only when <c>required: false</c> (the dependency may be missing).</summary>
    public bool Required => YamlViews.Scalar(Options, "required")?.AsBoolean != false;

    public bool Restart => YamlViews.Scalar(Options, "restart")?.AsBoolean == true;

    public static IReadOnlyList<ComposeDependency> ListFrom(YamlNode? node)
    {
        var result = new List<ComposeDependency>();
        foreach (var (name, options) in YamlViews.NamesWithOptions(node)) result.Add(new ComposeDependency(name, options));
        return result;
    }
}

/// <summary>One network a service joins: list form or map form with <c>aliases</c>, <c>ipv4_address</c>, …</summary>
public sealed record ComposeServiceNetwork(YamlScalar Network, YamlMapping? Options)
{
    public string Name => Network.Value;

    public IReadOnlyList<YamlScalar> Aliases => YamlViews.StringOrList(Options?["aliases"]);

    public YamlScalar? Ipv4Address => YamlViews.Scalar(Options, "ipv4_address");

    public YamlScalar? Ipv6Address => YamlViews.Scalar(Options, "ipv6_address");

    public static IReadOnlyList<ComposeServiceNetwork> ListFrom(YamlNode? node)
    {
        var result = new List<ComposeServiceNetwork>();
        foreach (var (name, options) in YamlViews.NamesWithOptions(node)) result.Add(new ComposeServiceNetwork(name, options));
        return result;
    }
}

/// <summary>One <c>env_file</c> entry: a path, or <c>{path, required, format}</c>; <see cref="Required"/> defaults to true.</summary>
public sealed record ComposeEnvFile(YamlScalar Path, bool Required, YamlNode Node)
{
    /// <summary>The absolute path, resolved against the directory of the file that declared it.</summary>
    public string FullPath { get; init; } = string.Empty;

    public static IReadOnlyList<ComposeEnvFile> ListFrom(YamlNode? node, System.Func<YamlScalar, string> resolve)
    {
        var result = new List<ComposeEnvFile>();
        var items = node is YamlSequence list ? list.Items : node is null ? [] : new[] { node };
        foreach (var item in items)
        {
            if (item is YamlScalar { IsNull: false } path)
                result.Add(new ComposeEnvFile(path, true, item) { FullPath = resolve(path) });
            else if (item is YamlMapping map && YamlViews.Scalar(map, "path") is { } longPath)
                result.Add(new ComposeEnvFile(longPath, YamlViews.Scalar(map, "required")?.AsBoolean != false, map) { FullPath = resolve(longPath) });
        }
        return result;
    }
}

/// <summary>A service's use of a top-level secret or config: short (<c>- name</c>) or long (<c>{source, target, uid, gid, mode}</c>).</summary>
public sealed record ComposeServiceReference(YamlScalar Source, YamlNode Node)
{
    public string Name => Source.Value;

    public YamlScalar? Target => YamlViews.Scalar(Node as YamlMapping, "target");

    public static IReadOnlyList<ComposeServiceReference> ListFrom(YamlNode? node)
    {
        var result = new List<ComposeServiceReference>();
        if (node is not YamlSequence list) return result;
        foreach (var item in list.Items)
        {
            if (item is YamlScalar { IsNull: false } name) result.Add(new ComposeServiceReference(name, item));
            else if (item is YamlMapping map && YamlViews.Scalar(map, "source") is { } source) result.Add(new ComposeServiceReference(source, map));
        }
        return result;
    }
}

/// <summary>One <c>ulimits</c> entry: a single number or <c>{soft, hard}</c>.</summary>
public sealed record ComposeUlimit(YamlScalar Name, YamlNode Node)
{
    public YamlScalar? Soft => Node is YamlMapping map ? YamlViews.Scalar(map, "soft") : Node as YamlScalar;

    public YamlScalar? Hard => Node is YamlMapping map ? YamlViews.Scalar(map, "hard") : Node as YamlScalar;

    public static IReadOnlyList<ComposeUlimit> ListFrom(YamlNode? node)
    {
        var result = new List<ComposeUlimit>();
        if (node is YamlMapping map)
            foreach (var entry in map.Entries) result.Add(new ComposeUlimit(entry.Key, entry.Value));
        return result;
    }
}

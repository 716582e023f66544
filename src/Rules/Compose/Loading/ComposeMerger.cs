using System;
using System.Collections.Generic;
using System.Linq;
using RedFire.Lint.Compose.Yaml;

namespace RedFire.Lint.Compose.Loading;

/// <summary>
/// The Compose Specification's merge of an override onto a base (later <c>-f</c> files, <c>extends</c>): mappings
/// merged recursively, sequences appended, with the per-attribute exceptions of the specification — shell commands
/// replaced, map-or-list attributes merged by key, mounts/ports/devices unique by target, <c>logging.options</c>
/// merged only for the same driver — and <c>!reset</c> / <c>!override</c>. Nodes keep the position they were written
/// at, so a value from the second file points into the second file. Depth is bounded by the YAML reader's limit.
/// </summary>
internal static class ComposeMerger
{
    /// <summary>Service attributes that are mappings or <c>KEY=VALUE</c> lists: merged by key.</summary>
    private static readonly HashSet<string> KeyedPaths = new(StringComparer.Ordinal)
    {
        "environment", "labels", "annotations", "extra_hosts", "sysctls", "storage_opt", "depends_on", "networks", "models",
        "build.args", "build.labels", "build.extra_hosts", "build.additional_contexts", "deploy.labels", "logging.options",
        "ulimits", "deploy.resources.limits", "deploy.resources.reservations", "deploy.restart_policy", "deploy.update_config",
        "deploy.rollback_config", "healthcheck",
    };

    /// <summary>Sequences whose items are unique by a key (the later one wins, in the earlier one's place).</summary>
    private static readonly Dictionary<string, Func<YamlNode, string>> UniqueBy = new(StringComparer.Ordinal)
    {
        ["volumes"] = MountTarget,
        ["secrets"] = node => ReferenceTarget(node, "/run/secrets/"),
        ["configs"] = node => ReferenceTarget(node, "/"),
        ["devices"] = DeviceTarget,
        ["ports"] = Canonical,
        ["expose"] = Canonical,
        ["dns"] = Canonical,
        ["dns_opt"] = Canonical,
        ["dns_search"] = Canonical,
        ["cap_add"] = Canonical,
        ["cap_drop"] = Canonical,
        ["profiles"] = Canonical,
        ["security_opt"] = Canonical,
        ["tmpfs"] = Canonical,
        ["env_file"] = EnvFilePath,
        ["links"] = LinkedService,
        ["networks.*.aliases"] = Canonical,
        ["networks.*.link_local_ips"] = Canonical,
        ["external_links"] = Canonical,
        ["group_add"] = Canonical,
        ["volumes_from"] = Canonical,
        ["build.platforms"] = Canonical,
        ["build.tags"] = Canonical,
        ["build.cache_from"] = Canonical,
        ["build.cache_to"] = Canonical,
        ["label_file"] = Canonical,
    };

    /// <summary>Attributes an override replaces whole (a command is one thing, not a list to extend).</summary>
    private static readonly HashSet<string> Replaced = new(StringComparer.Ordinal) { "command", "entrypoint", "healthcheck.test" };

    /// <summary>Attributes written as a string or a list: normalised to a list before merging.</summary>
    private static readonly HashSet<string> StringOrList = new(StringComparer.Ordinal) { "dns", "dns_search", "tmpfs", "env_file", "label_file" };

    /// <summary>Merges two whole files (top-level keys).</summary>
    public static YamlMapping MergeFiles(YamlMapping baseRoot, YamlMapping overrideRoot)
    {
        var result = new YamlMapping(baseRoot.Location, baseRoot.Tag, new List<YamlEntry>(baseRoot.Entries));
        foreach (var entry in overrideRoot.Entries)
        {
            var existing = result.Find(entry.Name);
            if (entry.Value.IsReset) { result.Remove(entry.Name); continue; }
            if (existing is null || entry.Value.IsOverride) { result.Set(entry); continue; }
            YamlNode merged = entry.Name == "services" && existing.Value is YamlMapping bs && entry.Value is YamlMapping os
                ? MergeByName(bs, os, MergeService)
                : existing.Value is YamlMapping bm && entry.Value is YamlMapping om
                    ? MergeByName(bm, om, (b, o) => MergeNode(b, o, "resource"))
                    : entry.Value;
            result.Set(new YamlEntry(existing.Key, merged));
        }
        return result;
    }

    /// <summary>Merges an override service onto a base service (also used by <c>extends</c>).</summary>
    public static YamlNode MergeService(YamlNode baseService, YamlNode overrideService) =>
        baseService is YamlMapping b && overrideService is YamlMapping o ? MergeMapping(b, o, string.Empty) : overrideService;

    private static YamlMapping MergeByName(YamlMapping baseMap, YamlMapping overrideMap, Func<YamlNode, YamlNode, YamlNode> merge)
    {
        var result = new YamlMapping(baseMap.Location, baseMap.Tag, new List<YamlEntry>(baseMap.Entries));
        foreach (var entry in overrideMap.Entries)
        {
            var existing = result.Find(entry.Name);
            if (entry.Value.IsReset) result.Remove(entry.Name);
            else if (existing is null || entry.Value.IsOverride) result.Set(entry);
            else result.Set(new YamlEntry(existing.Key, merge(existing.Value, entry.Value)));
        }
        return result;
    }

    private static YamlMapping MergeMapping(YamlMapping baseMap, YamlMapping overrideMap, string path)
    {
        var result = new YamlMapping(baseMap.Location, baseMap.Tag, new List<YamlEntry>(baseMap.Entries));
        foreach (var entry in overrideMap.Entries)
        {
            var childPath = path.Length == 0 ? entry.Name : path + "." + entry.Name;
            var existing = result.Find(entry.Name);
            if (entry.Value.IsReset) { result.Remove(entry.Name); continue; }
            if (existing is null || entry.Value.IsOverride) { result.Set(entry); continue; }
            result.Set(new YamlEntry(existing.Key, MergeNode(existing.Value, entry.Value, childPath)));
        }
        return result;
    }

    private static YamlNode MergeNode(YamlNode baseNode, YamlNode overrideNode, string path)
    {
        if (Replaced.Contains(path)) return overrideNode;
        if (path == "logging" && baseNode is YamlMapping baseLog && overrideNode is YamlMapping overrideLog)
            return MergeLogging(baseLog, overrideLog);
        if (path == "build")
            return MergeNode(BuildAsMapping(baseNode), BuildAsMapping(overrideNode), "build.");
        if (path == "build.") path = "build";
        if (StringOrList.Contains(path))
        {
            baseNode = AsList(baseNode);
            overrideNode = AsList(overrideNode);
        }
        if (KeyedPaths.Contains(path) && IsKeyed(baseNode) && IsKeyed(overrideNode))
            return MergeKeyed(AsKeyedMapping(baseNode), AsKeyedMapping(overrideNode), path);
        if (UniqueBy.TryGetValue(path, out var key) && baseNode is YamlSequence bs && overrideNode is YamlSequence os)
            return MergeUnique(bs, os, key);
        return (baseNode, overrideNode) switch
        {
            (YamlMapping b, YamlMapping o) => MergeMapping(b, o, path),
            (YamlSequence b, YamlSequence o) => new YamlSequence(b.Location, b.Tag, b.Items.Concat(o.Items.Where(i => !i.IsReset)).ToList()),
            _ => overrideNode,
        };
    }

    /// <summary>Keyed maps: entries replaced by key, except nested mappings of <c>networks</c>/<c>depends_on</c>, merged.</summary>
    private static YamlMapping MergeKeyed(YamlMapping baseMap, YamlMapping overrideMap, string path)
    {
        var deep = path is "networks" or "depends_on" or "models" or "healthcheck" or "deploy.restart_policy" or "deploy.update_config"
            or "deploy.rollback_config" or "deploy.resources.limits" or "deploy.resources.reservations";
        var result = new YamlMapping(baseMap.Location, baseMap.Tag, new List<YamlEntry>(baseMap.Entries));
        foreach (var entry in overrideMap.Entries)
        {
            var existing = result.Find(entry.Name);
            if (entry.Value.IsReset) result.Remove(entry.Name);
            else if (existing is not null && deep && !entry.Value.IsOverride && existing.Value is YamlMapping && entry.Value is YamlMapping)
                result.Set(new YamlEntry(existing.Key, MergeNode(existing.Value, entry.Value, path + ".*")));
            else if (existing is not null && entry.Value is YamlScalar { IsNull: true } && path is "networks" or "depends_on" or "models")
                continue;
            else result.Set(entry);
        }
        return result;
    }

    private static YamlSequence MergeUnique(YamlSequence baseList, YamlSequence overrideList, Func<YamlNode, string> key)
    {
        var items = new List<YamlNode>();
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var item in baseList.Items.Concat(overrideList.Items.Where(i => !i.IsReset)))
        {
            var k = key(item);
            if (index.TryGetValue(k, out var at)) items[at] = item;
            else
            {
                index[k] = items.Count;
                items.Add(item);
            }
        }
        return new YamlSequence(baseList.Location, baseList.Tag, items);
    }

    private static YamlNode MergeLogging(YamlMapping baseLog, YamlMapping overrideLog)
    {
        var baseDriver = YamlViews.Scalar(baseLog, "driver")?.Value;
        var overrideDriver = YamlViews.Scalar(overrideLog, "driver")?.Value;
        if (baseDriver is not null && overrideDriver is not null && baseDriver != overrideDriver) return overrideLog;
        return MergeMapping(baseLog, overrideLog, "logging");
    }

    private static bool IsKeyed(YamlNode node) => node is YamlMapping or YamlSequence;

    /// <summary>A <c>KEY=VALUE</c> (or <c>KEY:VALUE</c> for extra_hosts, names for networks) list as a mapping.</summary>
    internal static YamlMapping AsKeyedMapping(YamlNode node)
    {
        if (node is YamlMapping map) return map;
        var result = new YamlMapping(node.Location, null);
        if (node is not YamlSequence list) return result;
        foreach (var item in list.Items)
        {
            if (item is not YamlScalar { IsNull: false } scalar) continue;
            var pair = ComposeKeyValue.Split(scalar, '=');
            result.Set(new YamlEntry(pair.Key, (YamlNode?)pair.Value ?? YamlScalar.Synthetic(string.Empty, scalar.Location)));
        }
        return result;
    }

    private static YamlNode AsList(YamlNode node) =>
        node is YamlScalar { IsNull: false } ? new YamlSequence(node.Location, null, new List<YamlNode> { node }) : node;

    private static YamlNode BuildAsMapping(YamlNode node)
    {
        if (node is not YamlScalar { IsNull: false } context) return node;
        var key = YamlScalar.Synthetic("context", context.Location);
        return new YamlMapping(context.Location, null, new List<YamlEntry> { new(key, context) });
    }

    private static string Canonical(YamlNode node) => node switch
    {
        YamlScalar scalar => scalar.Value,
        YamlMapping map => string.Join(",", map.Entries.Select(e => e.Name + "=" + Canonical(e.Value))),
        YamlSequence list => "[" + string.Join(",", list.Items.Select(Canonical)) + "]",
        _ => string.Empty,
    };

    private static string MountTarget(YamlNode node) =>
        ComposeVolumeMount.ListFrom(new YamlSequence(node.Location, null, new List<YamlNode> { node })).FirstOrDefault()?.Target?.Value ?? Canonical(node);

    /// <summary>Where a secret or config is mounted: <c>target</c>, relative to the default directory, else the source's name there.</summary>
    private static string ReferenceTarget(YamlNode node, string defaultDirectory)
    {
        var target = node switch
        {
            YamlScalar scalar => scalar.Value,
            YamlMapping map => YamlViews.Scalar(map, "target")?.Value ?? YamlViews.Scalar(map, "source")?.Value,
            _ => null,
        };
        if (target is null) return Canonical(node);
        return target.StartsWith("/", StringComparison.Ordinal) ? target : defaultDirectory + target;
    }

    /// <summary><c>links</c> are unique by the linked service (<c>service</c>, <c>service:alias</c> or <c>service=alias</c>).</summary>
    private static string LinkedService(YamlNode node) => Canonical(node).Split(':', '=')[0];

    private static string DeviceTarget(YamlNode node)
    {
        if (node is YamlMapping map) return YamlViews.Scalar(map, "target")?.Value ?? Canonical(map);
        var parts = Canonical(node).Split(':');
        return parts.Length > 1 ? parts[1] : parts[0];
    }

    private static string EnvFilePath(YamlNode node) => node is YamlMapping map ? YamlViews.Scalar(map, "path")?.Value ?? Canonical(map) : Canonical(node);
}

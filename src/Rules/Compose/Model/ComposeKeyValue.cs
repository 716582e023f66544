using System.Collections.Generic;
using System.Runtime.CompilerServices;
using RedFire.Lint.Compose.Yaml;
using RedFire.Lint.Sources;

namespace RedFire.Lint.Compose;

/// <summary>
/// One entry of a map-or-list attribute (<c>environment</c>, <c>labels</c>, <c>build.args</c>): from
/// <c>KEY: value</c> or <c>- KEY=value</c>. <see cref="Value"/> is null for <c>KEY</c> alone or <c>KEY:</c> (unset:
/// taken from the shell at run time).
/// </summary>
public sealed record ComposeKeyValue(YamlScalar Key, YamlScalar? Value, YamlNode Node)
{
    public string Name => Key.Value;

    public Location Location => Node.Location;

    /// <summary>
    /// Reads a mapping (<c>KEY: value</c>) or a list (<c>- KEY=value</c>, <c>- KEY</c>) into entries; later duplicates
    /// stay in the list (rules may report them), lookups take the last.
    /// </summary>
    public static IReadOnlyList<ComposeKeyValue> ListFrom(YamlNode? node) =>
        node is null ? [] : Read.GetValue(node, Entries);

    // Read once per node: the services, the secret rules (one walk each) and the build join all ask for the same lists,
    // and cutting every KEY=value again was 5% of a compose run. Loaded nodes do not change; the merger, which changes
    // nodes, cuts entries itself (Split).
    private static readonly ConditionalWeakTable<YamlNode, IReadOnlyList<ComposeKeyValue>> Read = new();

    private static IReadOnlyList<ComposeKeyValue> Entries(YamlNode node)
    {
        var result = new List<ComposeKeyValue>();
        switch (node)
        {
            case YamlMapping map:
                foreach (var entry in map.Entries)
                    result.Add(new ComposeKeyValue(entry.Key, entry.Value is YamlScalar { IsNull: false } value ? value : null, entry.Value));
                break;
            case YamlSequence list:
                foreach (var item in list.Items)
                    if (item is YamlScalar scalar && !scalar.IsNull) result.Add(Split(scalar, '='));
                break;
        }
        return result;
    }

    /// <summary><c>KEY=value</c> cut at the first separator; both halves keep their own positions.</summary>
    internal static ComposeKeyValue Split(YamlScalar item, char separator)
    {
        var valueCut = item.Value.IndexOf(separator);
        var rawCut = item.Raw.IndexOf(separator);
        if (valueCut < 0)
            return new ComposeKeyValue(item.Part(0, item.Value.Length, 0, item.Raw.Length), null, item);
        var key = item.Part(0, valueCut, 0, rawCut < 0 ? item.Raw.Length : rawCut);
        var value = item.Part(valueCut + 1, item.Value.Length - valueCut - 1, rawCut + 1, rawCut < 0 ? -1 : item.Raw.Length - rawCut - 1);
        return new ComposeKeyValue(key, value, item);
    }
}

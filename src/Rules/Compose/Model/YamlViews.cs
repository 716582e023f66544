using System.Collections.Generic;
using RedFire.Lint.Compose.Yaml;

namespace RedFire.Lint.Compose;

/// <summary>Small readers shared by the typed views: the shapes Compose allows for one attribute.</summary>
internal static class YamlViews
{
    public static YamlScalar? Scalar(YamlNode? node) => node is YamlScalar { IsNull: false } scalar ? scalar : null;

    public static YamlScalar? Scalar(YamlMapping? map, string key) => Scalar(map?[key]);

    /// <summary>A string or a list of strings, as a list.</summary>
    public static IReadOnlyList<YamlScalar> StringOrList(YamlNode? node)
    {
        var result = new List<YamlScalar>();
        switch (node)
        {
            case YamlScalar { IsNull: false } single:
                result.Add(single);
                break;
            case YamlSequence list:
                foreach (var item in list.Items)
                    if (item is YamlScalar { IsNull: false } scalar) result.Add(scalar);
                break;
        }
        return result;
    }

    /// <summary>The keys of a mapping, or the strings of a list (<c>networks</c>, <c>depends_on</c> short forms).</summary>
    public static IEnumerable<(YamlScalar Name, YamlMapping? Options)> NamesWithOptions(YamlNode? node)
    {
        switch (node)
        {
            case YamlMapping map:
                foreach (var entry in map.Entries) yield return (entry.Key, entry.Value as YamlMapping);
                break;
            case YamlSequence list:
                foreach (var item in list.Items)
                    if (item is YamlScalar { IsNull: false } scalar) yield return (scalar, null);
                break;
        }
    }
}

using System.Collections.Generic;
using RedFire.Lint.Sources;

namespace RedFire.Lint.Compose.Yaml;

/// <summary>A sequence, in source order.</summary>
public sealed class YamlSequence : YamlNode
{
    private readonly List<YamlNode> _items;

    internal YamlSequence(Location location, string? tag, List<YamlNode>? items = null)
        : base(location, tag)
    {
        _items = items ?? new List<YamlNode>();
    }

    public IReadOnlyList<YamlNode> Items => _items;

    internal void Add(YamlNode item) => _items.Add(item);

    internal override YamlNode ShallowCopy() => new YamlSequence(Location, Tag, new List<YamlNode>(_items)) { MergedAt = MergedAt };
}

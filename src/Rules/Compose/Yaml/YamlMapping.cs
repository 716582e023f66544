using System;
using System.Collections.Generic;
using RedFire.Lint.Sources;

namespace RedFire.Lint.Compose.Yaml;

/// <summary>One key/value pair of a mapping. Keys are strings (Compose converts every key to one).</summary>
public sealed class YamlEntry
{
    public YamlEntry(YamlScalar key, YamlNode value)
    {
        Key = key;
        Value = value;
    }

    public YamlScalar Key { get; }

    public YamlNode Value { get; }

    public string Name => Key.Raw;
}

/// <summary>A mapping, in source order, with merge keys (<c>&lt;&lt;</c>) already applied.</summary>
public sealed class YamlMapping : YamlNode
{
    private readonly List<YamlEntry> _entries;

    internal YamlMapping(Location location, string? tag, List<YamlEntry>? entries = null)
        : base(location, tag)
    {
        _entries = entries ?? new List<YamlEntry>();
    }

    public IReadOnlyList<YamlEntry> Entries => _entries;

    /// <summary>The value under a key, or null.</summary>
    public YamlNode? this[string key] => Find(key)?.Value;

    public YamlEntry? Find(string key)
    {
        foreach (var entry in _entries)
            if (string.Equals(entry.Name, key, StringComparison.Ordinal)) return entry;
        return null;
    }

    public bool ContainsKey(string key) => Find(key) is not null;

    internal void Add(YamlEntry entry) => _entries.Add(entry);

    internal void Set(YamlEntry entry)
    {
        for (var i = 0; i < _entries.Count; i++)
        {
            if (string.Equals(_entries[i].Name, entry.Name, StringComparison.Ordinal))
            {
                _entries[i] = entry;
                return;
            }
        }
        _entries.Add(entry);
    }

    internal void Remove(string key) => _entries.RemoveAll(e => string.Equals(e.Name, key, StringComparison.Ordinal));

    internal override YamlNode ShallowCopy() => new YamlMapping(Location, Tag, new List<YamlEntry>(_entries)) { MergedAt = MergedAt };
}

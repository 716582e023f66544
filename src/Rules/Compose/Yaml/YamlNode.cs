using RedFire.Lint.Sources;

namespace RedFire.Lint.Compose.Yaml;

/// <summary>
/// A node of a parsed YAML document with its position. <see cref="Location"/> is where the text was written;
/// a node copied in through an alias, a merge key, an <c>extends</c> or another <c>-f</c> file keeps that and
/// also carries <see cref="MergedAt"/>, the place it landed.
/// </summary>
public abstract class YamlNode
{
    private protected YamlNode(Location location, string? tag)
    {
        Location = location;
        Tag = tag;
    }

    /// <summary>Where this node's text is (file, start and end of the node).</summary>
    public Location Location { get; }

    /// <summary>Where this copy was placed when it came through an alias or merge key (null when written in place).</summary>
    public Location? MergedAt { get; internal set; }

    /// <summary>The explicit tag as written (<c>!reset</c>, <c>!override</c>, <c>tag:yaml.org,2002:str</c>), or null.</summary>
    public string? Tag { get; }

    public bool IsReset => Tag == YamlTags.Reset;

    public bool IsOverride => Tag == YamlTags.Override;

    /// <summary>Where a finding about this value belongs: where it landed if it was copied in, else where written.</summary>
    public Location UsedAt => MergedAt ?? Location;

    /// <summary>A copy of this node alone (children shared); <see cref="YamlCopier"/> makes deep copies.</summary>
    internal abstract YamlNode ShallowCopy();
}

public static class YamlTags
{
    public const string Reset = "!reset";
    public const string Override = "!override";
    public const string String = "tag:yaml.org,2002:str";
}

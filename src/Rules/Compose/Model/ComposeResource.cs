using RedFire.Lint.Compose.Yaml;
using RedFire.Lint.Sources;

namespace RedFire.Lint.Compose;

/// <summary>A top-level network, volume, secret or config. <see cref="Node"/> is null for <c>name:</c> with no body.</summary>
public sealed class ComposeResource
{
    internal ComposeResource(YamlScalar key, YamlMapping? node)
    {
        Key = key;
        Node = node;
    }

    public string Name => Key.Value;

    public YamlScalar Key { get; }

    public Location Location => Key.Location;

    public YamlMapping? Node { get; }

    public YamlNode? this[string attribute] => Node?[attribute];

    /// <summary><c>external: true</c> (or the legacy <c>external: {name}</c>): created outside Compose.</summary>
    public bool IsExternal => Node?["external"] is YamlMapping || YamlViews.Scalar(Node, "external")?.AsBoolean == true;

    /// <summary>Networks: <c>internal: true</c> (no route to the outside).</summary>
    public bool IsInternal => YamlViews.Scalar(Node, "internal")?.AsBoolean == true;

    public YamlScalar? Driver => YamlViews.Scalar(Node, "driver");

    /// <summary>Secrets and configs: <c>file</c>, <c>environment</c> or <c>content</c>.</summary>
    public YamlScalar? File => YamlViews.Scalar(Node, "file");

    public YamlScalar? Environment => YamlViews.Scalar(Node, "environment");

    public override string ToString() => Name;
}

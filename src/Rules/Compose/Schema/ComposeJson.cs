using System.Collections.Generic;
using System.Globalization;
using System.Runtime.CompilerServices;
using Newtonsoft.Json.Linq;
using RedFire.Lint.Compose.Yaml;

namespace RedFire.Lint.Compose.Schema;

/// <summary>
/// A compose tree as JSON for schema validation; traced, it remembers for every token the YAML node it came from,
/// the key it sits under and its Compose-style path (<c>services.web.ports[0]</c>), so errors point at the YAML.
/// Recursion is bounded by the YAML reader's nesting limit.
/// </summary>
internal sealed class ComposeJson
{
    // Null for the plain tree: a weak table's entries are GC handles, and with the paths they were a third of the
    // garbage collector's work on a run where nearly every file conforms and no origin is ever asked for.
    private readonly ConditionalWeakTable<JToken, Origin>? _origins;

    private ComposeJson(YamlNode root, bool traced)
    {
        _origins = traced ? new() : null;
        Root = Convert(root, null, string.Empty);
    }

    public JToken Root { get; }

    /// <summary>Where a token came from: its node, the key above it (null for list items) and its path.</summary>
    public sealed record Origin(YamlNode Node, YamlScalar? Key, string Path);

    /// <summary>The tree alone, for the conformance check every file gets.</summary>
    public static JToken Plain(YamlNode root) => new ComposeJson(root, traced: false).Root;

    /// <summary>The tree and each token's origin, for reporting a file that does not conform.</summary>
    public static ComposeJson Traced(YamlNode root) => new(root, traced: true);

    public Origin? OriginOf(JToken? token) => token is not null && _origins is not null && _origins.TryGetValue(token, out var origin) ? origin : null;

    private JToken Convert(YamlNode node, YamlScalar? key, string path)
    {
        JToken token;
        switch (node)
        {
            case YamlMapping map:
                var obj = new JObject();
                foreach (var entry in map.Entries)
                {
                    // `!reset` removes an inherited value; there is nothing to validate.
                    if (entry.Value.IsReset) continue;
                    var childPath = _origins is null ? path : path.Length == 0 ? entry.Name : path + "." + entry.Name;
                    var property = new JProperty(entry.Name, Convert(entry.Value, entry.Key, childPath));
                    _origins?.Add(property, new Origin(entry.Value, entry.Key, childPath));
                    obj.Add(property);
                }
                token = obj;
                break;
            case YamlSequence list:
                var array = new JArray();
                for (var i = 0; i < list.Items.Count; i++)
                    array.Add(Convert(list.Items[i], null, _origins is null ? path : $"{path}[{i}]"));
                token = array;
                break;
            default:
                token = Scalar((YamlScalar)node);
                break;
        }
        _origins?.Add(token, new Origin(node, key, path));
        return token;
    }

    /// <summary>A scalar typed by YAML 1.2 core-schema rules on its interpolated value.</summary>
    private static JValue Scalar(YamlScalar scalar)
    {
        var value = scalar.Value;
        switch (scalar.Kind)
        {
            case YamlScalarKind.Null:
                return JValue.CreateNull();
            case YamlScalarKind.Boolean:
                return new JValue(scalar.AsBoolean == true);
            case YamlScalarKind.Integer when scalar.AsInteger is { } number:
                return new JValue(number);
            case YamlScalarKind.Float when double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var real):
                return new JValue(real);
            default:
                return new JValue(value);
        }
    }
}

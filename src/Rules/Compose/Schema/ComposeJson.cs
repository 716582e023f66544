using System.Collections.Generic;
using System.Globalization;
using System.Runtime.CompilerServices;
using Newtonsoft.Json.Linq;
using RedFire.Lint.Compose.Yaml;

namespace RedFire.Lint.Compose.Schema;

/// <summary>
/// A compose tree as JSON for schema validation (<see cref="Plain"/>), or traced: remembering for every token the YAML
/// node it came from, the key it sits under and its Compose-style path (<c>services.web.ports[0]</c>), so errors
/// point at the YAML.
/// Recursion is bounded by the YAML reader's nesting limit.
/// </summary>
internal sealed class ComposeJson
{
    private readonly ConditionalWeakTable<JToken, Origin> _origins = new();

    private ComposeJson(YamlNode root) => Root = Convert(root, null, string.Empty, _origins);

    public JToken Root { get; }

    /// <summary>Where a token came from: its node, the key above it (null for list items) and its path.</summary>
    public sealed record Origin(YamlNode Node, YamlScalar? Key, string Path);

    /// <summary>The tree alone, untraced (a weak table's entries are GC handles).</summary>
    public static JToken Plain(YamlNode root) => Convert(root, null, null, null);

    /// <summary>The tree and each token's origin, for reporting a file that does not conform.</summary>
    public static ComposeJson Traced(YamlNode root) => new(root);

    public Origin? OriginOf(JToken? token) => token is not null && _origins.TryGetValue(token, out var origin) ? origin : null;

    /// <param name="path">The node's path; null, with <paramref name="origins"/>, when nothing is traced.</param>
    private static JToken Convert(YamlNode node, YamlScalar? key, string? path, ConditionalWeakTable<JToken, Origin>? origins)
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
                    var childPath = path is null ? null : path.Length == 0 ? entry.Name : path + "." + entry.Name;
                    var property = new JProperty(entry.Name, Convert(entry.Value, entry.Key, childPath, origins));
                    origins?.Add(property, new Origin(entry.Value, entry.Key, childPath!));
                    obj.Add(property);
                }
                token = obj;
                break;
            case YamlSequence list:
                var array = new JArray();
                for (var i = 0; i < list.Items.Count; i++)
                    array.Add(Convert(list.Items[i], null, path is null ? null : $"{path}[{i}]", origins));
                token = array;
                break;
            default:
                token = Scalar((YamlScalar)node);
                break;
        }
        origins?.Add(token, new Origin(node, key, path!));
        return token;
    }

    /// <summary>The JSON type of a scalar, by YAML 1.2 core-schema rules on its interpolated value.</summary>
    internal static JTokenType TypeOf(YamlScalar scalar) => scalar.Kind switch
    {
        YamlScalarKind.Null => JTokenType.Null,
        YamlScalarKind.Boolean => JTokenType.Boolean,
        YamlScalarKind.Integer when scalar.AsInteger is not null => JTokenType.Integer,
        YamlScalarKind.Float when double.TryParse(scalar.Value, NumberStyles.Float, CultureInfo.InvariantCulture, out _) => JTokenType.Float,
        _ => JTokenType.String,
    };

    /// <summary>A scalar as the JSON value of its <see cref="TypeOf"/>.</summary>
    internal static JValue Scalar(YamlScalar scalar) => TypeOf(scalar) switch
    {
        JTokenType.Null => JValue.CreateNull(),
        JTokenType.Boolean => new JValue(scalar.AsBoolean == true),
        JTokenType.Integer => new JValue(scalar.AsInteger!.Value),
        JTokenType.Float => new JValue(double.Parse(scalar.Value, NumberStyles.Float, CultureInfo.InvariantCulture)),
        _ => new JValue(scalar.Value),
    };
}

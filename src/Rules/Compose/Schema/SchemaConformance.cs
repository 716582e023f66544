using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using Newtonsoft.Json.Linq;
using RedFire.Lint.Compose.Yaml;

namespace RedFire.Lint.Compose.Schema;

/// <summary>
/// Decides whether a compose tree, as the JSON <see cref="ComposeJson"/> makes of it, conforms to a JSON schema by
/// the rules NJsonSchema's validator applies (its
/// quirks included: pattern properties only for undeclared keys, required keys checked on non-objects, null
/// accepted where the schema is nullable), for the keywords our compose schema uses. Loading a schema with
/// NJsonSchema costs most of a one-file run, and almost every compose file conforms; NJsonSchema is needed only
/// to explain a file that does not. <see cref="Compile"/> returns null for a schema using any other keyword, so
/// a schema edit can never make this disagree with NJsonSchema silently (the tests compare both as well). It walks
/// the YAML nodes themselves: building the JSON of every file was 5% of a corpus run's instructions, and more in
/// collections.
/// </summary>
internal sealed class SchemaConformance
{
    private static readonly HashSet<string> Keywords = new(StringComparer.Ordinal)
    {
        "type", "$ref", "properties", "patternProperties", "additionalProperties", "items", "required", "enum",
        "oneOf", "minimum", "description", "title", "$schema", "$id", "definitions",
    };

    private readonly Node _root;

    private SchemaConformance(Node root) => _root = root;

    /// <summary>Whether the JSON <see cref="ComposeJson"/> makes of the tree conforms, decided on the tree itself.</summary>
    public bool Conforms(YamlNode root) => Conforms(root, _root.Actual);

    /// <summary>The schema compiled, or null when it uses something this class does not decide.</summary>
    public static SchemaConformance? Compile(string schemaJson)
    {
        var document = JObject.Parse(schemaJson);
        var definitions = new Dictionary<string, Node>(StringComparer.Ordinal);
        var compilation = new Compilation();
        var root = Node.From(document, compilation);
        if (root is null) return null;
        if (document["definitions"] is JObject defined)
        {
            foreach (var definition in defined.Properties())
            {
                if (Node.From(definition.Value, compilation) is not { } node) return null;
                definitions[definition.Name] = node;
            }
        }
        foreach (var (node, name) in compilation.References)
        {
            if (!definitions.TryGetValue(name, out var target)) return null;
            node.Target = target;
        }
        // Decided here, once: files are validated in parallel and the nodes are read-only from now on.
        foreach (var node in compilation.Nodes) node.DecideNullable();
        return new SchemaConformance(root);
    }

    private static bool Conforms(YamlNode node, Node schema)
    {
        if (schema.OneOf.Length > 0 && schema.OneOf.Count(branch => Conforms(node, branch.Actual)) != 1) return false;
        var type = TypeOf(node);
        var nullable = type == JsonTypes.Null && schema.Nullable;
        if (!nullable && !TypeConforms(node, type, schema)) return false;
        if (!nullable && schema.Enum.Length > 0 && !schema.Enum.Contains(EnumText(node, type), StringComparer.Ordinal)) return false;
        return PropertiesConform(node, schema);
    }

    /// <summary>NJsonSchema checks the items of a list and the minimum of a number with the type, for any type.</summary>
    private static bool TypeConforms(YamlNode node, JsonTypes type, Node schema)
    {
        if (node is YamlSequence list && schema.Items is { } items && list.Items.Any(item => !Conforms(item, items.Actual))) return false;
        if (schema.Minimum is { } minimum && (type & JsonTypes.Number) != 0 && Below(ComposeJson.Scalar((YamlScalar)node), minimum)) return false;
        return schema.Types == JsonTypes.None || (schema.Types & type) != 0;
    }

    /// <summary>The text NJsonSchema compares with an enum's members: the token's <c>ToString()</c>.</summary>
    private static string EnumText(YamlNode node, JsonTypes type) =>
        type == JsonTypes.String ? ((YamlScalar)node).Value : ComposeJson.Plain(node).ToString();

    private static bool Below(JValue number, decimal minimum)
    {
        try
        {
            return number.Value<decimal>() < minimum;
        }
        catch (OverflowException)
        {
            return number.Value<double>() < (double)minimum;
        }
    }

    private static bool PropertiesConform(YamlNode node, Node schema)
    {
        var obj = node as YamlMapping;
        if (obj is null && (schema.Types & JsonTypes.Null) != 0) return true;
        foreach (var required in schema.Required)
            if (obj is null || Find(obj, required) is null) return false;
        if (obj is null) return true;
        foreach (var entry in obj.Entries)
        {
            // `!reset` removes an inherited value: the key is not in the JSON NJsonSchema would see.
            var value = entry.Value;
            if (value.IsReset) continue;
            if (schema.Properties.TryGetValue(entry.Name, out var property))
            {
                if (property.Nullable && TypeOf(value) == JsonTypes.Null) continue;
                if (!Conforms(value, property.Actual)) return false;
                continue;
            }
            var pattern = schema.Patterns.FirstOrDefault(p => p.Pattern.IsMatch(entry.Name)).Schema;
            if (pattern is not null)
            {
                if (!Conforms(value, pattern.Actual)) return false;
            }
            else if (schema.Additional is { } additional)
            {
                if (!Conforms(value, additional.Actual)) return false;
            }
            else if (!schema.AllowsAdditional) return false;
        }
        return true;
    }

    private static YamlNode? Find(YamlMapping mapping, string key) => mapping.Find(key)?.Value is { IsReset: false } value ? value : null;

    /// <summary>The JSON type of the token <see cref="ComposeJson"/> makes of a node.</summary>
    private static JsonTypes TypeOf(YamlNode node) => node switch
    {
        YamlMapping => JsonTypes.Object,
        YamlSequence => JsonTypes.Array,
        _ => ComposeJson.TypeOf((YamlScalar)node) switch
        {
            JTokenType.Integer => JsonTypes.Integer | JsonTypes.Number,
            JTokenType.Float => JsonTypes.Number,
            JTokenType.Boolean => JsonTypes.Boolean,
            JTokenType.Null => JsonTypes.Null,
            _ => JsonTypes.String,
        },
    };

    private sealed class Compilation
    {
        public List<Node> Nodes { get; } = [];
        public List<(Node Node, string Name)> References { get; } = [];
    }

    [Flags]
    private enum JsonTypes
    {
        None = 0,
        Array = 1,
        Boolean = 2,
        Integer = 4,
        Null = 8,
        Number = 16,
        Object = 32,
        String = 64,
        Other = 128,
    }

    /// <summary>One schema; a <c>$ref</c> is a node of its own whose <see cref="Target"/> is the definition.</summary>
    private sealed class Node
    {
        public JsonTypes Types { get; private set; }
        public Dictionary<string, Node> Properties { get; } = new(StringComparer.Ordinal);
        public List<(Regex Pattern, Node Schema)> Patterns { get; } = [];
        public Node? Additional { get; private set; }
        public bool AllowsAdditional { get; private set; } = true;
        public Node? Items { get; private set; }
        public string[] Required { get; private set; } = [];
        public string[] Enum { get; private set; } = [];
        public Node[] OneOf { get; private set; } = [];
        public decimal? Minimum { get; private set; }
        public Node? Target { get; set; }

        /// <summary>What NJsonSchema validates against: the definition a reference points to.</summary>
        public Node Actual => Target?.Actual ?? this;

        /// <summary>NJsonSchema's <c>IsNullable</c> for a JSON schema: a null type, a nullable branch of an
        /// untyped <c>oneOf</c>, or a nullable definition behind a reference. Set by <see cref="DecideNullable"/>.</summary>
        public bool Nullable { get; private set; }

        private bool _decided;

        public bool DecideNullable()
        {
            if (_decided) return Nullable;
            _decided = true; // a reference cycle (which NJsonSchema could not resolve either) ends here
            Nullable = (Types & JsonTypes.Null) != 0
                || (Types == JsonTypes.None && OneOf.Any(o => o.DecideNullable()))
                || (Target is not null && Actual.DecideNullable());
            return Nullable;
        }

        public static Node? From(JToken token, Compilation compilation)
        {
            if (token is not JObject schema) return null;
            var node = new Node();
            compilation.Nodes.Add(node);
            foreach (var keyword in schema.Properties())
            {
                if (!Keywords.Contains(keyword.Name)) return null;
                if (!node.Read(keyword, compilation)) return null;
            }
            return node;
        }

        private bool Read(JProperty keyword, Compilation compilation)
        {
            var value = keyword.Value;
            switch (keyword.Name)
            {
                case "$ref":
                    // A reference with other keywords beside it is resolved differently by NJsonSchema.
                    const string prefix = "#/definitions/";
                    if (value is not JValue { Type: JTokenType.String } || keyword.Parent!.Count != 1) return false;
                    var path = (string)value!;
                    if (!path.StartsWith(prefix, StringComparison.Ordinal)) return false;
                    compilation.References.Add((this, path.Substring(prefix.Length)));
                    return true;
                case "type":
                    var names = value is JArray many ? many.ToList() : [value];
                    foreach (var name in names)
                    {
                        var type = TypeNamed(name);
                        if (type == JsonTypes.None) return false;
                        Types |= type;
                    }
                    return true;
                case "properties":
                    return value is JObject properties && properties.Properties().All(p => Add(Properties, p, compilation));
                case "patternProperties":
                    if (value is not JObject patterns) return false;
                    foreach (var pattern in patterns.Properties())
                    {
                        if (From(pattern.Value, compilation) is not { } schema) return false;
                        Patterns.Add((new Regex(pattern.Name), schema));
                    }
                    return true;
                case "additionalProperties":
                    if (value.Type == JTokenType.Boolean) AllowsAdditional = (bool)value;
                    else Additional = From(value, compilation);
                    return value.Type == JTokenType.Boolean || Additional is not null;
                case "items":
                    Items = From(value, compilation);
                    return Items is not null;
                case "required":
                    Required = value is JArray required && required.All(r => r.Type == JTokenType.String) ? required.Select(r => (string)r!).ToArray() : null!;
                    return Required is not null;
                case "enum":
                    Enum = value is JArray values && values.All(v => v.Type == JTokenType.String) ? values.Select(v => (string)v!).ToArray() : null!;
                    return Enum is not null;
                case "oneOf":
                    // A single branch makes NJsonSchema treat the schema as that branch's reference.
                    if (value is not JArray branches || branches.Count < 2) return false;
                    OneOf = branches.Select(b => From(b, compilation)).ToArray()!;
                    return OneOf.All(b => b is not null);
                case "minimum":
                    if (value.Type != JTokenType.Integer && value.Type != JTokenType.Float) return false;
                    Minimum = value.Value<decimal>();
                    return true;
                default:
                    // Annotations, and the definitions (read by Compile).
                    return true;
            }
        }

        private static bool Add(Dictionary<string, Node> properties, JProperty property, Compilation compilation)
        {
            if (From(property.Value, compilation) is not { } schema) return false;
            properties[property.Name] = schema;
            return true;
        }

        private static JsonTypes TypeNamed(JToken name) => name.Type != JTokenType.String ? JsonTypes.None : (string)name! switch
        {
            "array" => JsonTypes.Array,
            "boolean" => JsonTypes.Boolean,
            "integer" => JsonTypes.Integer,
            "null" => JsonTypes.Null,
            "number" => JsonTypes.Number,
            "object" => JsonTypes.Object,
            "string" => JsonTypes.String,
            _ => JsonTypes.None,
        };
    }
}

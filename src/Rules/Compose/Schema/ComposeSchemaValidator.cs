using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using Newtonsoft.Json.Linq;
using NJsonSchema;
using NJsonSchema.Validation;
using RedFire.Lint.Compose.Yaml;
using RedFire.Lint.Rules;
using RedFire.Lint.Secrets;
using RedFire.Lint.Sources;

namespace RedFire.Lint.Compose.Schema;

/// <summary>
/// Validates one interpolated compose file against our schema of the Compose file format
/// (<c>compose.schema.json</c>, embedded) and reports every violation at the offending key, naming the key and
/// what was expected.
/// </summary>
internal static class ComposeSchemaValidator
{
    /// <summary>Decides the common case, a file that conforms, without loading the schema into NJsonSchema.</summary>
    private static readonly Lazy<SchemaConformance?> Conformance = new(() => SchemaConformance.Compile(SchemaText()));

    public static void Validate(YamlMapping root, SourceFile source, FindingSink report)
    {
        if (Conformance.Value?.Conforms(root) == true) return;
        ReportViolations(ComposeJson.Traced(root), report);
    }

    /// <summary>
    /// Kept apart from <see cref="Validate"/>, with the schema in a class of its own: a run whose files all conform
    /// then never loads the NJsonSchema assembly (the type's static fields and the method's types would load it).
    /// </summary>
    private static void ReportViolations(ComposeJson json, FindingSink report)
    {
        var errors = NJsonSchemaCompose.Schema.Value.Validate(json.Root);
        foreach (var error in Flatten(errors))
        {
            var (location, message, help) = Describe(error, json);
            report(RuleIds.ComposeSchema, location, $"{message}", $"{help}");
        }
    }

    /// <summary>
    /// Leaf errors; a failed alternative (<c>oneOf</c>) is reported by its closest branch: the one written for the
    /// value's type (a mapping for a mapping), else the one with fewest errors.
    /// </summary>
    private static IEnumerable<ValidationError> Flatten(IEnumerable<ValidationError> errors)
    {
        foreach (var error in errors)
        {
            if (error is ChildSchemaValidationError child && child.Errors.Count > 0)
            {
                var closest = child.Errors
                    .OrderBy(e => e.Value.Any(inner => IsTypeError(inner.Kind) && ReferenceEquals(inner.Token, error.Token)) ? 1 : 0)
                    .ThenBy(e => e.Value.Count)
                    .First().Value;
                foreach (var inner in Flatten(closest)) yield return inner;
            }
            else if (error is MultiTypeValidationError multi && multi.Errors.FirstOrDefault(e => Matches(e.Key, error.Token)) is { Value: { Count: > 0 } sameType })
            {
                // Several types allowed and the value has one of them: what is wrong is inside it.
                foreach (var inner in Flatten(sameType)) yield return inner;
            }
            else yield return error;
        }
    }

    private static (Location Location, string Message, string Help) Describe(ValidationError error, ComposeJson json)
    {
        var origin = json.OriginOf(error.Token);
        var path = origin?.Path is { Length: > 0 } p ? $"'{p}'" : "The top-level object";
        var at = origin?.Key?.Location ?? origin?.Node.Location ?? json.OriginOf(json.Root)!.Node.Location;
        switch (error.Kind)
        {
            case ValidationErrorKind.NoAdditionalPropertiesAllowed:
            {
                var property = (error.Token as JProperty) ?? (error.Token?.Parent as JProperty);
                var propertyOrigin = json.OriginOf(property);
                var name = property?.Name ?? error.Property ?? "?";
                var parent = propertyOrigin?.Path is { } full && full.Length > name.Length ? full.Substring(0, full.Length - name.Length - 1) : null;
                var known = error.Schema?.ActualProperties.Keys ?? (IEnumerable<string>)[];
                var help = Closest(name, known) is { } suggestion ? $"Did you mean '{suggestion}'? Extension fields start with 'x-'."
                    : known.Any() ? "Use one of " + string.Join(", ", known.OrderBy(k => k, StringComparer.Ordinal)) + "; extension fields start with 'x-'."
                    : "Remove it, or start its name with 'x-' to make it an extension field.";
                return (propertyOrigin?.Key?.Location ?? at,
                    $"Property '{name}' is not allowed {(parent is null ? "at the top level" : "in " + parent)}.", help);
            }
            case ValidationErrorKind.PropertyRequired:
                return (at, $"{path} has no '{error.Property}': it is required.", $"Add '{error.Property}'.");
            case ValidationErrorKind.NotInEnumeration:
                return (at, $"{path} is '{Value(origin)}': expected one of {string.Join(", ", error.Schema.Enumeration.Select(e => $"'{e}'"))}.", "Use one of the values listed.");
            case ValidationErrorKind.NumberTooSmall:
                return (at, $"{path} is {Value(origin)}: expected at least {error.Schema.Minimum}.", $"Use a value of {error.Schema.Minimum} or more.");
            case ValidationErrorKind.NumberTooBig:
                return (at, $"{path} is {Value(origin)}: expected at most {error.Schema.Maximum}.", $"Use a value of {error.Schema.Maximum} or less.");
            default:
                if (IsTypeError(error.Kind))
                    return (at, $"{path} is {Actual(error.Token)}{(error.Token is JValue ? $" '{Value(origin)}'" : "")}: expected {Expected(error.Schema)}.",
                        $"Write it as {Expected(error.Schema)}; the Compose file format reference lists each key's type.");
                return (at, $"{path} breaks the Compose file format's schema ({error.Kind}).", "Check the key against the Compose file format reference.");
        }
    }

    private static bool Matches(JsonObjectType type, JToken? token) => token?.Type switch
    {
        JTokenType.Object => type.HasFlag(JsonObjectType.Object),
        JTokenType.Array => type.HasFlag(JsonObjectType.Array),
        JTokenType.String => type.HasFlag(JsonObjectType.String),
        JTokenType.Integer => type.HasFlag(JsonObjectType.Integer) || type.HasFlag(JsonObjectType.Number),
        JTokenType.Float => type.HasFlag(JsonObjectType.Number),
        JTokenType.Boolean => type.HasFlag(JsonObjectType.Boolean),
        _ => false,
    };

    private static bool IsTypeError(ValidationErrorKind kind) =>
        kind == ValidationErrorKind.NoTypeValidates || kind.ToString().EndsWith("Expected", StringComparison.Ordinal);

    private static string Expected(JsonSchema schema)
    {
        var names = new List<string>();
        foreach (JsonObjectType type in Enum.GetValues(typeof(JsonObjectType)))
        {
            if (type == JsonObjectType.None || !schema.Type.HasFlag(type)) continue;
            names.Add(type switch
            {
                JsonObjectType.Object => "a mapping",
                JsonObjectType.Array => "a list",
                JsonObjectType.String => "a string",
                JsonObjectType.Integer => "an integer",
                JsonObjectType.Number => "a number",
                JsonObjectType.Boolean => "a boolean",
                JsonObjectType.Null => "empty",
                _ => type.ToString().ToLowerInvariant(),
            });
        }
        return names.Count <= 1 ? names.FirstOrDefault() ?? "valid" : string.Join(", ", names.Take(names.Count - 1)) + " or " + names.Last();
    }

    private static string Actual(JToken? token) => token?.Type switch
    {
        JTokenType.Object => "a mapping",
        JTokenType.Array => "a list",
        JTokenType.Integer => "an integer",
        JTokenType.Float => "a number",
        JTokenType.Boolean => "a boolean",
        JTokenType.Null => "empty",
        _ => "a string",
    };

    /// <summary>The value as a message quotes it: masked if it is a secret, judged by its key and its content.</summary>
    private static string Value(ComposeJson.Origin? origin)
    {
        if (origin?.Node is not YamlScalar scalar) return "…";
        var path = origin.Path ?? string.Empty;
        var key = path.Substring(path.LastIndexOf('.') + 1);
        return SecretDetector.InspectSetting(key, scalar.Value) is { } secret
            ? SecretRedactor.Mask(scalar.Value, [secret])
            : SecretRedactor.RedactSource(scalar.Value);
    }

    /// <summary>The allowed key within two edits of a misspelt one.</summary>
    private static string? Closest(string name, IEnumerable<string> candidates) =>
        candidates.Select(c => (Candidate: c, Distance: Distance(name, c))).Where(c => c.Distance <= 2)
            .OrderBy(c => c.Distance).ThenBy(c => c.Candidate, StringComparer.Ordinal).Select(c => c.Candidate).FirstOrDefault();

    private static int Distance(string a, string b)
    {
        if (Math.Abs(a.Length - b.Length) > 2) return int.MaxValue;
        var previous = Enumerable.Range(0, b.Length + 1).ToArray();
        for (var i = 1; i <= a.Length; i++)
        {
            var current = new int[b.Length + 1];
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
            previous = current;
        }
        return previous[b.Length];
    }

    private static class NJsonSchemaCompose
    {
        public static readonly Lazy<JsonSchema> Schema = new(() => Task.Run(() => JsonSchema.FromJsonAsync(SchemaText())).GetAwaiter().GetResult());
    }

    internal static string SchemaText()
    {
        using var stream = typeof(ComposeSchemaValidator).Assembly.GetManifestResourceStream("RedFire.Lint.compose.schema.json")
            ?? throw new InvalidOperationException("compose.schema.json is not embedded");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}

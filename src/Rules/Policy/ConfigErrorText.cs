using System.Linq;
using NJsonSchema;
using NJsonSchema.Validation;

namespace RedFire.Lint.Policy;

/// <summary>Turns a schema violation in a config file into a sentence that names the key and says what is expected.</summary>
internal static class ConfigErrorText
{
    private const string SeverityNames = "error, warning, info, none or off";

    public static string Describe(ValidationError error)
    {
        var key = KeyOf(error);
        return error.Kind switch
        {
            ValidationErrorKind.NoAdditionalPropertiesAllowed when key == "rules" =>
                $"'{key}': '{error.Property}' is not a rule id (RF and four digits, e.g. RF1001)",
            ValidationErrorKind.NoAdditionalPropertiesAllowed =>
                $"'{key}': unknown key '{error.Property}'{Expected(error.Schema)}",
            ValidationErrorKind.NotOneOf or ValidationErrorKind.NotAnyOf when key.StartsWith("rules.", System.StringComparison.Ordinal) =>
                $"'{key}': expected a severity ({SeverityNames}) or an object {{\"severity\": …, \"options\": {{…}}}}",
            ValidationErrorKind.NotInEnumeration =>
                $"'{key}': expected one of {string.Join(", ", error.Schema.ActualSchema.Enumeration.Select(v => v?.ToString()))}",
            ValidationErrorKind.StringExpected => $"'{key}': expected a string",
            ValidationErrorKind.ArrayExpected => $"'{key}': expected an array",
            ValidationErrorKind.ObjectExpected => $"'{key}': expected an object",
            ValidationErrorKind.BooleanExpected => $"'{key}': expected true or false",
            ValidationErrorKind.IntegerExpected or ValidationErrorKind.NumberExpected => $"'{key}': expected a number",
            ValidationErrorKind.StringTooShort => $"'{key}': must not be empty",
            _ => $"'{key}': {Words(error.Kind.ToString())}",
        };
    }

    /// <summary>"#/rules.RF1001.severity" → "rules.RF1001.severity"; the root is "(root)".</summary>
    private static string KeyOf(ValidationError error)
    {
        var path = (error.Path ?? string.Empty).TrimStart('#', '/');
        if (error.Kind == ValidationErrorKind.NoAdditionalPropertiesAllowed && error.Property is { } property && path.EndsWith("." + property, System.StringComparison.Ordinal))
            path = path.Substring(0, path.Length - property.Length - 1);
        else if (error.Kind == ValidationErrorKind.NoAdditionalPropertiesAllowed && path == error.Property)
            path = string.Empty;
        return path.Length == 0 ? "(root)" : path;
    }

    private static string Expected(JsonSchema schema)
    {
        var names = schema.ActualSchema.Properties.Keys.Where(k => k != "$schema").ToArray();
        return names.Length == 0 ? string.Empty : $" (expected one of: {string.Join(", ", names)})";
    }

    /// <summary>"StringTooLong" → "string too long".</summary>
    private static string Words(string kind) =>
        string.Concat(kind.Select((c, i) => i > 0 && char.IsUpper(c) ? " " + char.ToLowerInvariant(c) : char.ToLowerInvariant(c).ToString()));
}

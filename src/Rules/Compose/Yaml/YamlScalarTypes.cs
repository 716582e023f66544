using System.Globalization;
using System.Text.RegularExpressions;
using YamlDotNet.Core;

namespace RedFire.Lint.Compose.Yaml;

public enum YamlScalarKind
{
    String,
    Null,
    Boolean,
    Integer,
    Float,
}

/// <summary>
/// YAML 1.2 core-schema resolution of plain scalars, as compose-go's go-yaml does: <c>yes</c>/<c>on</c> and
/// <c>22:22</c> stay strings. Resolution looks at the interpolated value, so <c>${PORT}</c> can become a number.
/// </summary>
public static class YamlScalarTypes
{
    private static readonly Regex Integer = new(@"^(?:[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+)$", RegexOptions.CultureInvariant);
    private static readonly Regex Float = new(@"^(?:[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$", RegexOptions.CultureInvariant);

    public static YamlScalarKind Resolve(YamlScalar scalar)
    {
        if (scalar.Tag is not null)
        {
            return scalar.Tag switch
            {
                "tag:yaml.org,2002:null" => YamlScalarKind.Null,
                "tag:yaml.org,2002:bool" => YamlScalarKind.Boolean,
                "tag:yaml.org,2002:int" => YamlScalarKind.Integer,
                "tag:yaml.org,2002:float" => YamlScalarKind.Float,
                // !reset / !override carry a value of their own kind.
                YamlTags.Reset or YamlTags.Override => ResolvePlain(scalar),
                _ => YamlScalarKind.String,
            };
        }
        return ResolvePlain(scalar);
    }

    private static YamlScalarKind ResolvePlain(YamlScalar scalar)
    {
        if (scalar.Style != ScalarStyle.Plain && scalar.Style != ScalarStyle.Any) return YamlScalarKind.String;
        var value = scalar.Value;
        switch (value)
        {
            case "" or "~" or "null" or "Null" or "NULL":
                // An interpolated empty string is a string, not null: only a literally empty scalar is null.
                return scalar.Raw.Length == 0 || value != "" ? YamlScalarKind.Null : YamlScalarKind.String;
            case "true" or "True" or "TRUE" or "false" or "False" or "FALSE":
                return YamlScalarKind.Boolean;
        }
        // Most plain scalars are words (images, paths, commands): a number starts with a digit, a sign or a dot, and only
        // such a value is worth the regexes.
        if (value[0] is not ((>= '0' and <= '9') or '-' or '+' or '.')) return YamlScalarKind.String;
        if (Integer.IsMatch(value)) return YamlScalarKind.Integer;
        if (Float.IsMatch(value)) return YamlScalarKind.Float;
        return YamlScalarKind.String;
    }

    public static bool IsTrue(string value) => value is "true" or "True" or "TRUE";

    public static bool TryGetInteger(string value, out long number)
    {
        if (value.StartsWith("0o", System.StringComparison.Ordinal))
        {
            number = 0;
            foreach (var c in value.Substring(2))
            {
                if (c < '0' || c > '7' || number > long.MaxValue / 8) return false;
                number = number * 8 + (c - '0');
            }
            return value.Length > 2;
        }
        if (value.StartsWith("0x", System.StringComparison.Ordinal))
            return long.TryParse(value.Substring(2), NumberStyles.HexNumber, CultureInfo.InvariantCulture, out number);
        return long.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out number);
    }
}

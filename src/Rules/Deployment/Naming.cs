using System.Linq;
using System.Text;

namespace RedFire.Lint.Deployment;

/// <summary>The name forms port members and services are matched by: <c>vnpy-core</c> ↔ <c>vnpy_core</c> ↔ <c>VnpyCore</c>.</summary>
public static class Naming
{
    /// <summary>Lower case without separators: <c>vnpy-core</c>, <c>vnpy_core</c> and <c>VnpyCore</c> all give <c>vnpycore</c>.</summary>
    public static string Normalize(string name) =>
        new string(name.Where(char.IsLetterOrDigit).Select(char.ToLowerInvariant).ToArray());

    public static string ToPascalCase(string name) =>
        string.Concat(name.Split('-', '_', '.', ' ').Where(p => p.Length > 0).Select(p => char.ToUpperInvariant(p[0]) + p.Substring(1)));

    public static string ToSnakeCase(string pascal)
    {
        var result = new StringBuilder();
        for (var i = 0; i < pascal.Length; i++)
        {
            if (char.IsUpper(pascal[i]) && i > 0) result.Append('_');
            result.Append(char.ToLowerInvariant(pascal[i]));
        }
        return result.ToString();
    }
}

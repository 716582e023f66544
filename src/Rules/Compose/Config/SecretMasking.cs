using System;
using System.Linq;
using System.Text.RegularExpressions;

namespace RedFire.Lint.Compose.Config;

/// <summary>
/// Decides which values <c>redfire-lint config</c> must not print: values of keys named like secrets
/// (<c>POSTGRES_PASSWORD</c>, <c>api_key</c>, <c>JWT_SECRET</c>), whether written <c>KEY: value</c> or <c>KEY=value</c>.
/// </summary>
internal static class SecretMasking
{
    private static readonly Regex SecretWord = new(
        @"^(password|passwd|pwd|pass|secret|secrets|token|key|apikey|credential|credentials|auth|private|privatekey|accesskey|secretkey|dsn|jwt)$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    public static bool IsSecretName(string key) =>
        key.Split('_', '-', '.').Any(part => SecretWord.IsMatch(part)) || key.EndsWith("password", StringComparison.OrdinalIgnoreCase);

    /// <summary>The value to print for <paramref name="value"/> under <paramref name="key"/> (masked when secret-named and non-empty).</summary>
    public static string ForKey(string key, string value) =>
        value.Length > 0 && IsSecretName(key) ? Findings.Sensitive.Mask(value) : value;

    /// <summary>A <c>KEY=value</c> list item with its value masked when the key is secret-named.</summary>
    public static string ForListItem(string item)
    {
        var equals = item.IndexOf('=');
        return equals <= 0 ? item : item.Substring(0, equals + 1) + ForKey(item.Substring(0, equals), item.Substring(equals + 1));
    }
}

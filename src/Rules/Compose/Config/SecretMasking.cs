using System.Collections.Generic;
using System.Linq;
using RedFire.Lint.Secrets;

namespace RedFire.Lint.Compose.Config;

/// <summary>
/// Keeps secrets out of <c>redfire-lint config</c>: whatever the secret detector flags — the value of a secret-named
/// setting (<c>POSTGRES_PASSWORD: …</c> or <c>- POSTGRES_PASSWORD=…</c>), known token formats, credentials in URLs
/// and command lines, the default of a secret-named variable left unexpanded (<c>${DB_PASSWORD:-…</c> that does not
/// parse) — is printed masked (first two characters and the length).
/// </summary>
internal static class SecretMasking
{
    /// <summary>The value to print under <paramref name="key"/>.</summary>
    public static string ForKey(string key, string value)
    {
        var matches = SecretRedactor.FindInSource(value).ToList();
        if (SecretDetector.InspectSetting(key, value) is { } setting && !matches.Any(m => m.Overlaps(setting.Start, setting.End)))
            matches.Add(setting);
        return SecretRedactor.Mask(value, matches);
    }

    /// <summary>A list item or other text: <c>KEY=value</c> items are judged by their key, anything else by its content.</summary>
    public static string ForText(string text)
    {
        var equals = text.IndexOf('=');
        if (equals > 0 && text.Substring(0, equals).All(c => char.IsLetterOrDigit(c) || c is '_' or '.' or '-'))
            return text.Substring(0, equals + 1) + ForKey(text.Substring(0, equals), text.Substring(equals + 1));
        return SecretRedactor.RedactSource(text);
    }
}

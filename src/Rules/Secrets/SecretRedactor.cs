using System.Collections.Generic;
using System.Linq;
using System.Text;
using RedFire.Lint.Findings;

namespace RedFire.Lint.Secrets;

/// <summary>
/// Masks every secret the detector recognises in a text (known formats, URL passwords, command-line credentials)
/// as <see cref="Sensitive"/> renders it: first two characters and the length. For outputs that print user content,
/// such as the resolved compose project of <c>redfire-lint config</c>, where a URL or command line may carry a
/// password interpolated from an env file.
/// </summary>
public static class SecretRedactor
{
    public static string Redact(string text) =>
        string.IsNullOrEmpty(text) ? text : Mask(text, FindAll(text));

    /// <summary>Every secret the detector recognises in free text: known formats, URL passwords, command-line credentials.</summary>
    public static IEnumerable<SecretMatch> FindAll(string text) =>
        SecretDetector.FindKnownFormats(text).Concat(SecretDetector.FindCommandCredentials(text));

    /// <summary>The text with each match masked; overlapping matches are masked once, from the first.</summary>
    public static string Mask(string text, IEnumerable<SecretMatch> matches)
    {
        var secrets = matches.OrderBy(m => m.Start).ToArray();
        if (secrets.Length == 0) return text;
        var result = new StringBuilder(text.Length);
        var copied = 0;
        foreach (var secret in secrets)
        {
            if (secret.Start < copied) continue;
            result.Append(text, copied, secret.Start - copied).Append(secret.Secret);
            copied = secret.End;
        }
        return result.Append(text, copied, text.Length - copied).ToString();
    }
}

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
    public static string Redact(string text)
    {
        if (string.IsNullOrEmpty(text)) return text;
        var secrets = SecretDetector.FindKnownFormats(text).Concat(SecretDetector.FindCommandCredentials(text)).OrderBy(m => m.Start).ToArray();
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

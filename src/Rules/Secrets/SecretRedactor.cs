using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;
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

    /// <summary>
    /// A setting written in any of the linted syntaxes: <c>NAME=value</c>, <c>NAME: value</c>, <c>"Name": "value"</c>,
    /// <c>Name = "value"</c>, <c>${NAME:-value}</c>, <c>ENV NAME value</c>, nginx's <c>proxy_set_header Name "value"</c>
    /// and <c>set $name value</c>. Matched on raw text, so it also works on
    /// a line its parser rejected. A look-ahead, so that settings nested in others (a default inside a quoted value) are
    /// each tried.
    /// </summary>
    private static readonly Regex Setting = SafeRegex.Create(
        @"(?=\$\{(?<name>[A-Za-z_][A-Za-z0-9_]{0,200}):?[-?+=](?<value>[^}""'\r\n]{1,500})" +
        @"|\b(?:[a-z_]{1,40}_(?:header|headers|param)|set)[ \t]+\$?(?<name>[A-Za-z_][A-Za-z0-9_.-]{0,200})[ \t]+" + QuotedOr(@"(?<value>[^\s;""']{1,500})") +
        @"|\b(?:ENV|ARG)[ \t]+(?<name>[A-Za-z_][A-Za-z0-9_]{0,200})[ \t]+(?<value>[^\s=][^\r\n]{0,500})" +
        @"|(?<![A-Za-z0-9_.-])(?<name>[A-Za-z_][A-Za-z0-9_.-]{0,200})[""']?[ \t]*=(?!=)[ \t]*" + QuotedOr(@"(?<value>[^\s""';]{1,500})") +
        @"|(?<![A-Za-z0-9_.-])(?<name>[A-Za-z_][A-Za-z0-9_.-]{0,200})[""']?[ \t]*:(?![:/])[ \t]*" + QuotedOr(@"(?<value>[^\s""'#][^\r\n#]{0,500})") + ")",
        RegexOptions.IgnoreCase);

    /// <summary>A value in double or single quotes, after a quote that is never closed (the rest of the line), or bare.</summary>
    private static string QuotedOr(string unquoted) =>
        @"(?:""(?<value>[^""\r\n]{1,500})""|'(?<value>[^'\r\n]{1,500})'|[""'](?<value>[^\r\n]{1,500})|" + unquoted + ")";

    /// <summary>
    /// Source text as a code frame may quote it: the secrets <see cref="FindAll"/> recognises, and the value of every
    /// secret-named setting written in it, masked; everything else intact. Line-based, so it needs no parse.
    /// </summary>
    public static string RedactSource(string text) =>
        string.IsNullOrEmpty(text) ? text : Mask(text, FindInSource(text));

    /// <summary>What <see cref="RedactSource"/> masks: offsets into <paramref name="text"/>, which may be a whole file.</summary>
    public static IReadOnlyList<SecretMatch> FindInSource(string text)
    {
        if (string.IsNullOrEmpty(text)) return [];
        var matches = FindAll(text).ToList();
        foreach (var setting in SafeRegex.Matches(Setting, text))
        {
            var name = setting.Groups["name"].Value;
            var value = setting.Groups["value"];
            Add(SecretDetector.InspectSetting(name, value.Value), value.Index);
            // SECRET=${OTHER:-literal}: the default is the secret's value whenever OTHER is unset.
            foreach (var fallback in SafeRegex.Matches(Default, value.Value))
                Add(SecretDetector.InspectSetting(name, fallback.Groups["value"].Value), value.Index + fallback.Groups["value"].Index);
        }
        return matches.OrderBy(m => m.Start).ToArray();

        void Add(SecretMatch? secret, int offset)
        {
            if (secret is null) return;
            var start = offset + secret.Start;
            if (!matches.Any(m => m.Overlaps(start, start + secret.Length)))
                matches.Add(new SecretMatch(secret.Kind, secret.Description, start, secret.Text));
        }
    }

    private static readonly Regex Default = SafeRegex.Create(@"\$\{[A-Za-z_][A-Za-z0-9_]{0,200}:?[-=](?<value>[^}""'\r\n]{1,500})");

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

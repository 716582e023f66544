using System.Collections.Generic;
using System.Linq;

namespace RedFire.Lint.Secrets;

/// <summary>
/// Finds hard-coded secrets in text. Pure and fast (linear-time patterns with timeouts), so every rule and every
/// file kind can use it. Offsets in the results are into the text passed in. When the same characters are a
/// secret for several reasons, one match is kept, by precedence: known format, then URL credential, then
/// command-line credential, then secret-named setting or entropy. That is what lets the rules report each place once.
/// </summary>
public static class SecretDetector
{
    /// <summary>Known credential formats (tokens, keys, private key blocks, JWTs…) anywhere in <paramref name="text"/>.</summary>
    public static IReadOnlyList<SecretMatch> FindKnownFormats(string text) =>
        string.IsNullOrEmpty(text) ? [] : Sorted(KnownFormats(text, new SpanClaims(text.Length)));

    /// <summary>Passwords and tokens inside URLs (<c>postgresql://app:hunter22@db/app</c>) anywhere in <paramref name="text"/>.</summary>
    public static IReadOnlyList<SecretMatch> FindUrlCredentials(string text)
    {
        if (string.IsNullOrEmpty(text)) return [];
        // The known formats only take precedence over a candidate: a text with none is not scanned for them.
        var candidates = UrlCredentials.Find(text).ToList();
        if (candidates.Count == 0) return [];
        var claims = new SpanClaims(text.Length);
        KnownFormats(text, claims);
        return Sorted(candidates.Where(m => claims.TryClaim(m.Start, m.End)).ToList());
    }

    /// <summary>Credentials in a shell command line: URL credentials and password options (<c>curl -u u:p</c>, <c>--password=…</c>…).</summary>
    public static IReadOnlyList<SecretMatch> FindCommandCredentials(string text)
    {
        if (string.IsNullOrEmpty(text)) return [];
        var urls = UrlCredentials.Find(text).ToList();
        var hinted = CommandCredentials.HintedIn(text);
        if (urls.Count == 0 && hinted.Count == 0) return [];
        var claims = new SpanClaims(text.Length);
        KnownFormats(text, claims);
        var found = urls.Where(m => claims.TryClaim(m.Start, m.End)).ToList();
        found.AddRange(CommandCredentials.Find(text, hinted, claims));
        return Sorted(found);
    }

    /// <summary>
    /// The hard-coded secret in a setting <paramref name="name"/>=<paramref name="value"/> because of its name: the
    /// literal value of a secret-named setting, or a random-looking value of a key-like one. Null when the value is
    /// empty, a reference, a placeholder, a file reference, a public key, or holds a known format or a URL (reported
    /// as such).
    /// </summary>
    public static SecretMatch? InspectSetting(string name, string value)
    {
        var nameClass = SecretNames.Classify(name);
        if (nameClass == SecretNameClass.None || string.IsNullOrEmpty(value)) return null;
        if (!SecretValues.TryGetLiteralSecret(value, out var start, out var length)) return null;
        var literal = value.Substring(start, length);
        if (FindKnownFormats(literal).Count > 0 || SecretValues.RepeatsName(literal, name)) return null;
        if (nameClass == SecretNameClass.Secret)
            return new SecretMatch(SecretKind.SecretNamedKey, "value of a secret-named setting", start, literal);
        return Entropy.LooksRandom(literal)
            ? new SecretMatch(SecretKind.HighEntropy, "random-looking value of a key-like setting", start, literal)
            : null;
    }

    private static List<SecretMatch> KnownFormats(string text, SpanClaims claims)
    {
        var found = new List<SecretMatch>();
        var hinted = TokenFormats.Hints.FoundIn(text);
        for (var i = 0; i < hinted.Length; i++)
        {
            if (!hinted[i]) continue;
            foreach (var match in TokenFormats.All[i].FindIn(text))
                if (!SecretValues.IsPlaceholder(match.Text) && claims.TryClaim(match.Start, match.End))
                    found.Add(match);
        }
        return found;
    }

    private static SecretMatch[] Sorted(List<SecretMatch> matches) => matches.Count == 0 ? [] : matches.OrderBy(m => m.Start).ToArray();
}

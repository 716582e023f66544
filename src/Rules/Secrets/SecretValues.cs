using System;
using System.Collections.Generic;
using System.Linq;

namespace RedFire.Lint.Secrets;

/// <summary>
/// Decides whether a value is a literal secret or one of the things that only look like one: empty,
/// a reference resolved at deploy time (<c>${VAR}</c>, <c>$VAR</c>, <c>$(cat /run/secrets/x)</c>, <c>{{ .Values.x }}</c>),
/// a placeholder (<c>changeme</c>, <c>&lt;password&gt;</c>, <c>xxx</c>, <c>your-key-here</c>, <c>...</c>), a file
/// reference (<c>/run/secrets/db</c>, <c>./certs/key.pem</c>), a public key, or a boolean.
/// </summary>
public static class SecretValues
{
    /// <summary>Shorter literals are flags and abbreviations far more often than passwords.</summary>
    public const int MinimumLength = 4;

    private static readonly HashSet<string> PlaceholderValues = new(StringComparer.OrdinalIgnoreCase)
    {
        "changeme", "change_me", "change-me", "changeit", "change_it", "replaceme", "replace_me", "replace-me", "placeholder",
        "example", "dummy", "test", "testing", "secret", "secrets", "password", "passwd", "pass", "token", "apikey", "api_key",
        "key", "value", "none", "null", "nil", "undefined", "empty", "todo", "tbd", "fixme", "n/a", "redacted", "hidden",
        "masked", "unset", "notset", "not_set", "tobeset", "to_be_set", "fill_me", "fillme", "setme", "set_me", "required", "invalid",
    };

    /// <summary>Any of these words in a value marks it as documentation: "example-token", "changeme123", "my_dummy_key".</summary>
    private static readonly HashSet<string> PlaceholderWords = new(StringComparer.Ordinal)
    {
        "example", "examples", "placeholder", "dummy", "sample", "changeme", "changeit", "replaceme", "redacted", "fake",
        "todo", "fixme", "tbd",
    };

    private static readonly HashSet<string> NonSecretConstants = new(StringComparer.OrdinalIgnoreCase)
    {
        "true", "false", "yes", "no", "on", "off", "enabled", "disabled", "enable", "disable",
    };

    private static readonly string[] PublicKeyPrefixes =
    [
        "ssh-rsa ", "ssh-ed25519 ", "ssh-dss ", "ecdsa-sha2-", "sk-ssh-ed25519@", "sk-ecdsa-sha2-",
        "-----BEGIN PUBLIC KEY", "-----BEGIN RSA PUBLIC KEY", "-----BEGIN CERTIFICATE", "-----BEGIN PGP PUBLIC KEY",
        "-----BEGIN SSH2 PUBLIC KEY", "-----BEGIN OPENSSH PUBLIC KEY",
    ];

    /// <summary>
    /// The part of <paramref name="value"/> that is a hard-coded secret, as a span, or false when there is none:
    /// surrounding quotes and blanks are not part of it; a whole-value reference has none, except its default
    /// (<c>${DB_PASSWORD:-hunter22}</c> hard-codes <c>hunter22</c>).
    /// </summary>
    public static bool TryGetLiteralSecret(string value, out int start, out int length)
    {
        start = 0;
        length = 0;
        if (!TryGetLiteral(value, out var literalStart, out var literalLength)) return false;
        var literal = value.Substring(literalStart, literalLength);
        if (literal.Length < MinimumLength || IsPlaceholder(literal) || IsFileReference(literal) || IsPublicKey(literal)
            || NonSecretConstants.Contains(literal) || LooksLikeUrl(literal))
            return false;
        // A weak fallback (${DB_PASSWORD:-postgres}) is RF3006's finding, about the fallback rather than a leaked secret.
        if (IsReferenceDefault(value, literalStart) && IsWeak(literal)) return false;
        start = literalStart;
        length = literalLength;
        return true;
    }

    /// <summary>The value without blanks and quotes, or a reference's default; false when it is empty or a reference.</summary>
    public static bool TryGetLiteral(string value, out int start, out int length)
    {
        start = 0;
        length = 0;
        int begin = 0, end = value.Length;
        while (begin < end && char.IsWhiteSpace(value[begin])) begin++;
        while (end > begin && char.IsWhiteSpace(value[end - 1])) end--;
        if (end - begin >= 2 && (value[begin] is '"' or '\'') && value[end - 1] == value[begin]) { begin++; end--; }
        if (end <= begin) return false;

        var reference = WholeValueReference.ParseWhole(value, begin, end);
        if (reference is not null)
        {
            if (reference.IsRequired || reference.DefaultLength == 0 || value[reference.DefaultStart] == '$') return false;
            start = reference.DefaultStart;
            length = reference.DefaultLength;
            return true;
        }
        if (ContainsReference(value, begin, end)) return false;
        start = begin;
        length = end - begin;
        return true;
    }

    /// <summary>Passwords images ship with or tutorials use: a fallback of one of these is as good as none.</summary>
    private static readonly HashSet<string> CommonDefaults = new(StringComparer.OrdinalIgnoreCase)
    {
        "postgres", "postgresql", "mysql", "mariadb", "root", "admin", "administrator", "guest", "user", "default", "redis",
        "mongo", "mongodb", "rabbitmq", "elastic", "changeit", "changeme", "minioadmin", "letmein", "qwerty", "welcome",
        "password1", "passw0rd", "p@ssw0rd", "admin123", "secret123", "test123", "superuser", "supersecret", "keycloak",
    };

    /// <summary>
    /// A value that protects nothing as a fallback: a placeholder, a password images ship with (postgres, admin,
    /// changeit), digits only, or shorter than 8 characters.
    /// </summary>
    public static bool IsWeak(string literal)
    {
        var text = literal.Trim();
        return IsPlaceholder(text) || CommonDefaults.Contains(text) || text.Length < 8 || text.All(char.IsDigit);
    }

    /// <summary>Whether the literal at <paramref name="literalStart"/> is the default of a whole-value <c>${VAR:-default}</c>.</summary>
    private static bool IsReferenceDefault(string value, int literalStart)
    {
        int begin = 0, end = value.Length;
        while (begin < end && char.IsWhiteSpace(value[begin])) begin++;
        while (end > begin && char.IsWhiteSpace(value[end - 1])) end--;
        if (end - begin >= 2 && (value[begin] is '"' or '\'') && value[end - 1] == value[begin]) { begin++; end--; }
        return WholeValueReference.ParseWhole(value, begin, end) is { } reference && reference.DefaultStart == literalStart;
    }

    /// <summary>A value that only repeats its setting's name (PAYPAL_SECRET=PAYPAL_SECRET, api_key: api-key): a template, not a secret.</summary>
    public static bool RepeatsName(string literal, string name) =>
        Words.Split(literal).SequenceEqual(Words.Split(name), StringComparer.OrdinalIgnoreCase);

    public static bool IsPlaceholder(string literal)
    {
        var text = literal.Trim();
        if (text.Length == 0 || PlaceholderValues.Contains(text)) return true;
        if (text.Contains("...") || text.Contains("…") || text.Contains("***")) return true;
        if (IsWrapped(text, '<', '>') || IsWrapped(text, '[', ']') || IsWrapped(text, '{', '}') || IsWrapped(text, '%', '%')) return true;
        // "xxxxxxxx", "********", "00000000", "-----": one character repeated is a mask, not a secret.
        var distinct = text.Where(char.IsLetterOrDigit).Select(char.ToLowerInvariant).Distinct().Count();
        if (distinct <= 1) return true;

        var words = Words.Split(text);
        if (words.Any(w => PlaceholderWords.Contains(w) || (w.Length >= 3 && w.All(c => c == 'x')))) return true;
        if (words.Count > 1 && words[0] == "your") return true;
        // "replace-me-with-a-long-random-string", "change_me_please", "set-me".
        for (var i = 0; i + 1 < words.Count; i++)
            if (words[i] is "replace" or "change" or "set" or "fill" or "update" && words[i + 1] == "me") return true;
        return words.Count > 1 && words[words.Count - 1] == "here" && words.Any(w => w is "your" or "insert" or "put" or "enter" or "replace" or "add");
    }

    /// <summary>A path to a file that holds the secret (the right way): /run/secrets/db, ./certs/key.pem, C:\keys\a.pfx.</summary>
    public static bool IsFileReference(string literal)
    {
        var text = literal.Trim();
        if (text.StartsWith("/", StringComparison.Ordinal) || text.StartsWith("./", StringComparison.Ordinal)
            || text.StartsWith("../", StringComparison.Ordinal) || text.StartsWith("~/", StringComparison.Ordinal)
            || text.StartsWith("file:", StringComparison.OrdinalIgnoreCase))
            return true;
        if (text.Length >= 3 && char.IsLetter(text[0]) && text[1] == ':' && text[2] is '\\' or '/') return true;
        if (text.Any(char.IsWhiteSpace) || (text.IndexOf('/') < 0 && text.IndexOf('\\') < 0)) return false;
        var dot = text.LastIndexOf('.');
        var extension = dot < 0 ? string.Empty : text.Substring(dot + 1);
        return extension.Length is >= 1 and <= 5 && extension.All(char.IsLetterOrDigit) && extension.Any(char.IsLetter)
            && text.LastIndexOf('/') < dot && text.LastIndexOf('\\') < dot;
    }

    public static bool IsPublicKey(string literal) =>
        PublicKeyPrefixes.Any(p => literal.TrimStart().StartsWith(p, StringComparison.Ordinal));

    private static bool LooksLikeUrl(string literal)
    {
        var separator = literal.IndexOf("://", StringComparison.Ordinal);
        return separator > 0 && literal.Substring(0, separator).All(c => char.IsLetterOrDigit(c) || c is '+' or '.' or '-');
    }

    private static bool IsWrapped(string text, char open, char close) =>
        text.Length >= 2 && text[0] == open && text[text.Length - 1] == close;

    /// <summary>A <c>$NAME</c>, <c>${…}</c> or <c>$(…)</c> anywhere (<c>$$</c> is an escaped dollar), or a <c>{{ template }}</c>.</summary>
    private static bool ContainsReference(string value, int begin, int end)
    {
        for (var i = begin; i < end - 1; i++)
        {
            if (value[i] == '{' && value[i + 1] == '{') return true;
            if (value[i] != '$') continue;
            var next = value[i + 1];
            if (next == '$') { i++; continue; }
            if (next is '{' or '(' or '_' || char.IsLetter(next)) return true;
        }
        return false;
    }
}

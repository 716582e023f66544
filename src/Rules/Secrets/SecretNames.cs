using System;
using System.Collections.Generic;
using System.Linq;

namespace RedFire.Lint.Secrets;

/// <summary>How strongly a setting's name says that its value is a secret.</summary>
public enum SecretNameClass
{
    /// <summary>Not a secret's name (DB_USER, TOKEN_URL, PASSWORD_FILE, PUBLIC_KEY, AUTH_MODULE…).</summary>
    None,

    /// <summary>A key of some sort (SORT_KEY, GIT_KEY, SALT): a secret only if the value looks random.</summary>
    KeyLike,

    /// <summary>Names a secret (DB_PASSWORD, apiKey, JWT_SECRET_KEY, client-secret, BASIC_AUTH…).</summary>
    Secret,
}

/// <summary>
/// Classifies setting names by their words (see <see cref="Words"/>): a secret word counts unless a word after it
/// says the value is about the secret rather than the secret itself (PASSWORD_FILE, TOKEN_URL, SECRET_NAME,
/// PASSWORD_MIN_LENGTH, ACCESS_KEY_ID). Ambiguous short words (pass, pwd, auth) count only at the end of the name.
/// </summary>
public static class SecretNames
{
    private static readonly HashSet<string> SecretWords = new(StringComparer.Ordinal)
    {
        "password", "passwords", "passwd", "passphrase", "pword", "secret", "secrets", "token", "tokens",
        "credential", "credentials", "creds", "apikey", "apikeys", "accesskey", "privatekey", "secretkey",
        "authtoken", "accesstoken", "refreshtoken", "apitoken", "clientsecret", "connectionstring",
    };

    /// <summary>Words that mean a secret only as the last word of the name: SMTP_PASS, DB_PWD, BASIC_AUTH (not AUTH_MODULE).</summary>
    private static readonly HashSet<string> TrailingSecretWords = new(StringComparer.Ordinal)
    {
        "pass", "pwd", "pw", "auth", "authorization",
    };

    /// <summary>Single words ending like these are secrets too: DBPASSWORD, csrftoken, MYSQLROOTPASSWORD.</summary>
    private static readonly string[] SecretSuffixes = ["password", "passwd", "secret", "token", "apikey", "privatekey", "secretkey"];

    /// <summary>"key" after one of these is a secret: API_KEY, ACCESS_KEY, JWT_KEY, SIGNING_KEY, SSH_KEY.</summary>
    private static readonly HashSet<string> SecretKeyQualifiers = new(StringComparer.Ordinal)
    {
        "api", "access", "secret", "private", "jwt", "signing", "sign", "encryption", "encrypt", "decryption", "master",
        "client", "auth", "app", "application", "session", "hmac", "crypto", "ssh", "gpg", "pgp", "aes", "cipher",
        "account", "storage", "license", "licence", "webhook", "consumer", "shared", "root", "admin", "service", "subscription",
    };

    /// <summary>Words for a key-like value that is a secret only when random: SORT_KEY no, DJANGO_KEY=8f3k… yes.</summary>
    private static readonly HashSet<string> KeyLikeWords = new(StringComparer.Ordinal)
    {
        "key", "keys", "salt", "seed", "pepper", "signature", "nonce", "cookie",
    };

    /// <summary>After a secret word, these say the value is not the secret but something about it.</summary>
    private static readonly HashSet<string> AboutTheSecret = new(StringComparer.Ordinal)
    {
        "file", "files", "filename", "path", "paths", "dir", "directory", "folder", "url", "uri", "urls", "endpoint", "endpoints",
        "host", "hostname", "port", "user", "username", "usr", "id", "ids", "name", "names", "version", "module", "modules",
        "enabled", "enable", "disabled", "disable", "required", "require", "ttl", "expiry", "expiration", "expires", "expire",
        "expired", "lifetime", "timeout", "length", "len", "size", "min", "max", "minimum", "maximum", "count", "rounds",
        "iterations", "algorithm", "algo", "alg", "type", "mode", "policy", "header", "prefix", "suffix", "field", "param",
        "parameter", "format", "provider", "method", "strategy", "backend", "issuer", "audience", "scope", "realm", "store",
        "location", "ref", "env", "var", "variable", "hint", "label", "service", "server", "source", "db", "database",
        "mechanism", "plugin", "level", "rotation", "interval", "period", "arn", "mount", "target", "pattern", "regex",
        "rule", "rules", "reset", "change", "command", "cmd", "script", "helper", "generator", "manager", "vault", "salt", "hash",
    };

    /// <summary>Anywhere in the name, these mean the value is meant to be seen: PUBLIC_KEY, NEXT_PUBLIC_API_KEY.</summary>
    private static readonly HashSet<string> PublicWords = new(StringComparer.Ordinal) { "public", "publishable", "pub" };

    /// <summary>
    /// A GPG/PGP key setting (GPG_KEY, NODE_GPG_KEYS) holds the ids or fingerprints of signing keys, which are public;
    /// with one of these words it names the private half or its passphrase.
    /// </summary>
    private static readonly HashSet<string> SigningKeyWords = new(StringComparer.Ordinal) { "gpg", "pgp" };

    private static readonly HashSet<string> PrivateSigningKeyWords = new(StringComparer.Ordinal)
        { "private", "privatekey", "secret", "secretkey", "passphrase", "password", "passwd", "pass" };

    /// <summary>Shell variables whose names only look like secrets (PWD is the working directory).</summary>
    private static readonly HashSet<string> ShellVariables = new(StringComparer.Ordinal) { "PWD", "OLDPWD" };

    // Every secret rule classifies the names of every file, and the same names recur across files. Bounded, because a
    // build node (MSBuild's node reuse) lives for many runs.
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, SecretNameClass> Classified = new(StringComparer.Ordinal);
    private const int MaxClassified = 8192;

    public static SecretNameClass Classify(string name)
    {
        if (string.IsNullOrEmpty(name)) return SecretNameClass.None;
        if (Classified.TryGetValue(name, out var known)) return known;
        var result = ClassifyWords(name);
        if (Classified.Count < MaxClassified) Classified.TryAdd(name, result);
        return result;
    }

    private static SecretNameClass ClassifyWords(string name)
    {
        if (ShellVariables.Contains(name.Trim())) return SecretNameClass.None;
        var words = Words.Split(name);
        if (words.Any(PublicWords.Contains)) return SecretNameClass.None;
        if (words.Any(SigningKeyWords.Contains) && !words.Any(PrivateSigningKeyWords.Contains)) return SecretNameClass.None;

        var best = SecretNameClass.None;
        for (var i = 0; i < words.Count; i++)
        {
            var candidate = ClassOfWordAt(words, i);
            if (candidate <= best) continue;
            if (words.Skip(i + 1).Any(AboutTheSecret.Contains)) continue;
            best = candidate;
        }
        return best;
    }

    public static bool IsSecret(string name) => Classify(name) == SecretNameClass.Secret;

    private static SecretNameClass ClassOfWordAt(List<string> words, int i)
    {
        var word = words[i];
        if (SecretWords.Contains(word) || SecretSuffixes.Any(s => word.Length > s.Length && word.EndsWith(s, StringComparison.Ordinal)))
            return SecretNameClass.Secret;
        if (TrailingSecretWords.Contains(word))
            return words.Skip(i + 1).All(IsQualifier) ? SecretNameClass.Secret : SecretNameClass.None;
        if (word is "key" or "keys")
            return i > 0 && SecretKeyQualifiers.Contains(words[i - 1]) ? SecretNameClass.Secret : SecretNameClass.KeyLike;
        return KeyLikeWords.Contains(word) ? SecretNameClass.KeyLike : SecretNameClass.None;
    }

    /// <summary>Words that may follow a trailing secret word without changing what it names: DB_PASS_PROD, SMTP_PWD_2.</summary>
    private static bool IsQualifier(string word) =>
        word.All(char.IsDigit) || word is "prod" or "production" or "dev" or "development" or "stage" or "staging"
            or "old" or "new" or "current" or "primary" or "secondary" or "backup" or "value";
}

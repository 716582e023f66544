using System.Collections.Generic;
using System.Text.RegularExpressions;

namespace RedFire.Lint.Secrets;

/// <summary>
/// Credentials written into shell commands (Dockerfile RUN and HEALTHCHECK, compose command, entrypoint and
/// healthcheck): <c>curl -u user:pass</c>, <c>--password=…</c>, <c>docker login -p …</c>,
/// <c>echo pass | docker login --password-stdin</c>, <c>echo user:pass | chpasswd</c>, <c>mysql -ppass</c>,
/// <c>sshpass -p …</c>, <c>redis-cli -a …</c>, <c>openssl … -passin pass:…</c>. A value taken from a variable or
/// a secret file (<c>$TOKEN</c>, <c>$(cat /run/secrets/t)</c>) is not hard-coded and is not reported.
/// </summary>
internal static class CommandCredentials
{
    // One shell word: double-quoted, single-quoted or bare. Every alternative names its content "secret".
    private const string Word = @"(?:""(?<secret>[^""\r\n]{1,256})""|'(?<secret>[^'\r\n]{1,256})'|(?<secret>[^\s'"";&|]{1,256}))";
    private const string Gap = @"(?:\s|\\\r?\n){1,16}";
    private const string CommandStart = @"(?:^|[\s;&|(`])";

    private static readonly (string Description, string Hint, Regex Pattern)[] Patterns =
    [
        ("password option", "--", SafeRegex.Create(@"(?<![\w-])--(?!(?:disabled|disable|no|ask|prompt|empty)-)(?:[A-Za-z]{1,20}-){0,3}(?:password|passwd|token|secret|api-key|apikey|auth-token|access-token|client-secret|private-key)(?:=|" + Gap + ")" + Word)),
        ("password option", "--", SafeRegex.Create(@"(?<![\w-])--(?:requirepass|masterauth)(?:=|" + Gap + ")" + Word)),
        ("user:password option", "curl", SafeRegex.Create(CommandStart + @"curl\b[^;&|\r\n]{0,512}?(?<![\w-])(?:-u|--user|-U|--proxy-user)(?:=|" + Gap + @")?['""]?[^\s:'""$]{1,128}:" + Word)),
        ("password option", "login", SafeRegex.Create(CommandStart + @"(?:docker|podman|buildah|skopeo|helm|oras)(?:" + Gap + @"registry)?" + Gap + @"login\b[^;&|\r\n]{0,512}?(?<![\w-])-p(?:=|" + Gap + ")" + Word)),
        ("password piped to a login", "login", SafeRegex.Create(CommandStart + @"(?:echo|printf)(?:" + Gap + @"-[neE]{1,3})?" + Gap + Word + @"\s{0,8}\|\s{0,8}(?:sudo\s+)?(?:docker|podman|buildah|helm|oras)(?:" + Gap + @"registry)?" + Gap + @"login\b")),
        ("password piped to chpasswd", "chpasswd", SafeRegex.Create(CommandStart + @"(?:echo|printf)(?:" + Gap + @"-[neE]{1,3})?" + Gap + @"['""]?[A-Za-z0-9_.-]{1,64}:(?<secret>[^\s'""|:$]{1,256})['""]?\s{0,8}\|\s{0,8}(?:sudo\s+)?chpasswd\b")),
        ("password option", "-p", SafeRegex.Create(CommandStart + @"(?:mysql|mysqldump|mysqladmin|mariadb|mariadb-dump)\b[^;&|\r\n]{0,512}?(?<![\w-])-p(?<secret>[^\s'"";&|]{1,256})")),
        ("password option", "sshpass", SafeRegex.Create(CommandStart + @"sshpass" + Gap + @"-p" + Gap + "?" + Word)),
        ("password option", "redis-cli", SafeRegex.Create(CommandStart + @"redis-cli\b[^;&|\r\n]{0,512}?(?<![\w-])-a" + Gap + Word)),
        ("password option", "pass:", SafeRegex.Create(@"(?<![\w-])-pass(?:in|out)?" + Gap + @"['""]?pass:(?<secret>[^\s'"";&|]{1,256})")),
    ];

    /// <summary>Credentials not overlapping what <paramref name="claims"/> already holds (which they are added to).</summary>
    public static IEnumerable<SecretMatch> Find(string text, SpanClaims claims)
    {
        foreach (var (description, hint, pattern) in Patterns)
        {
            if (text.IndexOf(hint, System.StringComparison.OrdinalIgnoreCase) < 0) continue;
            foreach (var match in SafeRegex.Matches(pattern, text))
            {
                var secret = match.Groups["secret"];
                if (!secret.Success || !SecretValues.TryGetLiteral(secret.Value, out var start, out var length)) continue;
                var literal = secret.Value.Substring(start, length);
                if (SecretValues.IsPlaceholder(literal) || SecretValues.IsFileReference(literal)) continue;
                if (!claims.TryClaim(secret.Index + start, secret.Index + start + length)) continue;
                yield return new SecretMatch(SecretKind.CommandLineCredential, description, secret.Index + start, literal);
            }
        }
    }
}

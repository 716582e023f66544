using System.Collections.Generic;
using System.Linq;
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
    // Where a command starts: the text's start or a separator before it. A look-behind, not `(?:^|[\s;…])`: a leading
    // alternation leaves the regex no first character to search for, so it was tried at every position of every
    // text (5-100x slower on the corpus's Dockerfiles).
    private const string CommandStart = @"(?<![^\s;&|(`])";

    /// <summary>An option is searched for on its own and its command looked for before it in the same command, at most this far back.</summary>
    private const int CommandReach = 512;

    private static readonly char[] CommandSeparators = [';', '&', '|', '\r', '\n'];

    /// <summary>
    /// A credential <paramref name="Option"/>, and the command it belongs to when it is one's own option (curl's <c>-u</c>,
    /// mysql's <c>-p</c>). The two are matched apart, not as <c>curl.{0,512}?-u</c>: that tries 512 characters from every
    /// "curl" of a line, and a line of 10,000 of them runs into the match timeout, which would hide a real secret after it.
    /// </summary>
    /// <remarks>
    /// <paramref name="Hints"/>: what a text must hold before the regexes run, one literal of each group. A pattern's
    /// second group is what makes it rare: "--" and "-p" are in most commands (<c>mkdir -p</c>), a password option's name
    /// or mysql's name in few.
    /// </remarks>
    internal sealed record Pattern(string Description, string[][] Hints, Regex Option, Regex? Command = null);

    private static Regex CommandNamed(string names) => SafeRegex.Create(CommandStart + names + @"\b");

    private static readonly Pattern[] Patterns =
    [
        new("password option", [["--"], ["pass", "token", "secret", "api-key", "apikey", "private-key"]], SafeRegex.Create(@"(?<![\w-])--(?!(?:disabled|disable|no|ask|prompt|empty)-)(?:[A-Za-z]{1,20}-){0,3}(?:password|passwd|token|secret|api-key|apikey|auth-token|access-token|client-secret|private-key)(?:=|" + Gap + ")" + Word)),
        new("password option", [["--"], ["requirepass", "masterauth"]], SafeRegex.Create(@"(?<![\w-])--(?:requirepass|masterauth)(?:=|" + Gap + ")" + Word)),
        new("user:password option", [["curl"], [":"], ["-u"]], SafeRegex.Create(@"(?<![\w-])(?:-u|--user|-U|--proxy-user)(?:=|" + Gap + @")?['""]?[^\s:'""$]{1,128}:" + Word), CommandNamed("curl")),
        new("password option", [["login"], ["-p"]], SafeRegex.Create(@"(?<![\w-])-p(?:=|" + Gap + ")" + Word), SafeRegex.Create(CommandStart + @"(?:docker|podman|buildah|skopeo|helm|oras)(?:" + Gap + @"registry)?" + Gap + @"login\b")),
        new("password piped to a login", [["login"], ["|"]], SafeRegex.Create(CommandStart + @"(?:echo|printf)(?:" + Gap + @"-[neE]{1,3})?" + Gap + Word + @"\s{0,8}\|\s{0,8}(?:sudo\s+)?(?:docker|podman|buildah|helm|oras)(?:" + Gap + @"registry)?" + Gap + @"login\b")),
        new("password piped to chpasswd", [["chpasswd"]], SafeRegex.Create(CommandStart + @"(?:echo|printf)(?:" + Gap + @"-[neE]{1,3})?" + Gap + @"['""]?[A-Za-z0-9_.-]{1,64}:(?<secret>[^\s'""|:$]{1,256})['""]?\s{0,8}\|\s{0,8}(?:sudo\s+)?chpasswd\b")),
        new("password option", [["-p"], ["mysql", "mariadb"]], SafeRegex.Create(@"(?<![\w-])-p(?<secret>[^\s'"";&|]{1,256})"), CommandNamed("(?:mysql|mysqldump|mysqladmin|mariadb|mariadb-dump)")),
        new("password option", [["sshpass"]], SafeRegex.Create(CommandStart + @"sshpass" + Gap + @"-p" + Gap + "?" + Word)),
        new("password option", [["redis-cli"]], SafeRegex.Create(@"(?<![\w-])-a" + Gap + Word), CommandNamed("redis-cli")),
        new("password option", [["pass:"]], SafeRegex.Create(@"(?<![\w-])-pass(?:in|out)?" + Gap + @"['""]?pass:(?<secret>[^\s'"";&|]{1,256})")),
    ];

    // Every pattern's hint groups in one automaton: one pass over a text instead of an IndexOf per literal (two dozen
    // per RUN). It ignores case, so it may let a pattern through that the case-sensitive regex then does not match.
    private static readonly LiteralGroups HintGroups = new(Patterns.SelectMany(p => p.Hints).ToArray<IReadOnlyList<string>>());

    /// <summary>The patterns whose hint groups all occur in <paramref name="text"/>: the only ones that can match it.</summary>
    public static IReadOnlyList<Pattern> HintedIn(string text)
    {
        var found = HintGroups.FoundIn(text);
        List<Pattern>? hinted = null;
        var group = 0;
        foreach (var pattern in Patterns)
        {
            var all = true;
            for (var i = 0; i < pattern.Hints.Length; i++) all &= found[group++];
            if (all) (hinted ??= new List<Pattern>()).Add(pattern);
        }
        return hinted ?? (IReadOnlyList<Pattern>)[];
    }

    /// <summary>
    /// Credentials of the <paramref name="hinted"/> patterns (<see cref="HintedIn"/>) not overlapping what
    /// <paramref name="claims"/> already holds (which they are added to).
    /// </summary>
    public static IEnumerable<SecretMatch> Find(string text, IReadOnlyList<Pattern> hinted, SpanClaims claims)
    {
        foreach (var pattern in hinted)
        {
            var (description, _, option, command) = pattern;
            foreach (var match in SafeRegex.Matches(option, text))
            {
                if (command is not null && !FollowsCommand(text, match.Index, command)) continue;
                var secret = match.Groups["secret"];
                if (!secret.Success || !SecretValues.TryGetLiteral(secret.Value, out var start, out var length)) continue;
                var literal = secret.Value.Substring(start, length);
                if (SecretValues.IsPlaceholder(literal) || SecretValues.IsFileReference(literal)) continue;
                if (!claims.TryClaim(secret.Index + start, secret.Index + start + length)) continue;
                yield return new SecretMatch(SecretKind.CommandLineCredential, description, secret.Index + start, literal);
            }
        }
    }

    /// <summary>Whether <paramref name="command"/> starts in the same command as the option at <paramref name="optionStart"/>, before it.</summary>
    private static bool FollowsCommand(string text, int optionStart, Regex command)
    {
        var floor = System.Math.Max(0, optionStart - CommandReach);
        var separator = optionStart == floor ? -1 : text.LastIndexOfAny(CommandSeparators, optionStart - 1, optionStart - floor);
        var start = separator >= 0 ? separator + 1 : floor;
        return SafeRegex.IsMatch(command, text, start, optionStart - start);
    }
}

using System;
using System.Collections.Generic;

namespace RedFire.Lint.Secrets;

/// <summary>
/// Credentials in URLs: the password of <c>scheme://user:password@host</c>, or a token used as the user
/// (<c>https://ghp_…@github.com</c>). A password that is a reference (<c>${DB_PASSWORD}</c>) or a placeholder is
/// not one. Hand-written rather than a regex so that it is linear on any input.
/// </summary>
internal static class UrlCredentials
{
    private const int MaxSchemeLength = 32;
    private const int MaxAuthorityLength = 2048;

    public static IEnumerable<SecretMatch> Find(string text)
    {
        var at = 0;
        while (at < text.Length && (at = text.IndexOf("://", at, StringComparison.Ordinal)) >= 0)
        {
            var authorityStart = at + 3;
            at = authorityStart;
            if (!HasScheme(text, at - 3)) continue;
            if (!TryFindUserInfo(text, authorityStart, out var userInfoEnd, out var colon)) continue;
            at = userInfoEnd + 1;

            var match = colon >= 0 ? Password(text, colon + 1, userInfoEnd) : TokenAsUser(text, authorityStart, userInfoEnd);
            if (match is not null) yield return match;
        }
    }

    private static SecretMatch? Password(string text, int start, int end)
    {
        var password = text.Substring(start, end - start);
        return SecretValues.TryGetLiteral(password, out var literalStart, out var length)
            && !SecretValues.IsPlaceholder(password.Substring(literalStart, length))
            ? new SecretMatch(SecretKind.UrlCredential, "password in a URL", start + literalStart, password.Substring(literalStart, length))
            : null;
    }

    private static SecretMatch? TokenAsUser(string text, int start, int end)
    {
        var user = text.Substring(start, end - start);
        return Entropy.LooksRandom(user) && !SecretValues.IsPlaceholder(user) && user.IndexOf('$') < 0
            ? new SecretMatch(SecretKind.UrlCredential, "token in a URL", start, user)
            : null;
    }

    private static bool HasScheme(string text, int separator)
    {
        var start = separator;
        while (start > 0 && separator - start < MaxSchemeLength && IsSchemeChar(text[start - 1])) start--;
        return start < separator && char.IsLetter(text[start]);
    }

    private static bool IsSchemeChar(char c) => char.IsLetterOrDigit(c) || c is '+' or '.' or '-';

    /// <summary>
    /// Finds the '@' ending the user-info of the authority starting at <paramref name="start"/> and the ':' between
    /// user and password (-1 for none), skipping over <c>${…}</c> whose defaults may contain either.
    /// </summary>
    private static bool TryFindUserInfo(string text, int start, out int at, out int colon)
    {
        at = -1;
        colon = -1;
        var firstColon = -1;
        var depth = 0;
        var limit = Math.Min(text.Length, start + MaxAuthorityLength);
        for (var i = start; i < limit; i++)
        {
            var c = text[i];
            if (c == '{' && i > start && text[i - 1] == '$') { depth++; continue; }
            if (depth > 0)
            {
                if (c == '}') depth--;
                continue;
            }
            if (c is '/' or '?' or '#' or '"' or '\'' or '`' or ',' or ';' or '<' or '>' or '\\' or ')' or '(' or '[' or ']' || char.IsWhiteSpace(c)) break;
            if (c == ':' && firstColon < 0) firstColon = i;
            else if (c == '@') at = i;
        }
        if (at <= start) return false;
        colon = firstColon >= 0 && firstColon < at ? firstColon : -1;
        return true;
    }
}

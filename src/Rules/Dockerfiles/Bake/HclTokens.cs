using System.Collections.Generic;
using System.Text;

namespace RedFire.Lint.Dockerfiles.Bake;

/// <summary>A token of an HCL file: a quoted string (unquoted, escapes kept as written), a bare word, or one punctuation character.</summary>
internal readonly record struct HclToken(string Text, bool IsString)
{
    public bool Is(string punctuation) => !IsString && Text == punctuation;
}

/// <summary>
/// Splits HCL into the tokens <see cref="BakeFile"/> reads: comments (<c>#</c>, <c>//</c>, <c>/* */</c>) dropped,
/// strings with their <c>${…}</c> kept as text. Heredocs and expressions come out as words and punctuation,
/// which the reader skips.
/// </summary>
internal static class HclTokens
{
    public static IReadOnlyList<HclToken> Of(string text)
    {
        var tokens = new List<HclToken>();
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c)) i++;
            else if (c == '#' || (c == '/' && At(text, i + 1) == '/')) i = LineEnd(text, i);
            else if (c == '/' && At(text, i + 1) == '*') i = CommentEnd(text, i + 2);
            else if (c == '"') i = ReadString(text, i + 1, tokens);
            else if (IsWordChar(c))
            {
                var start = i;
                while (i < text.Length && IsWordChar(text[i])) i++;
                tokens.Add(new HclToken(text.Substring(start, i - start), false));
            }
            else
            {
                tokens.Add(new HclToken(c.ToString(), false));
                i++;
            }
        }
        return tokens;
    }

    private static char At(string text, int i) => i < text.Length ? text[i] : '\0';

    private static bool IsWordChar(char c) => char.IsLetterOrDigit(c) || c is '_' or '-' or '.';

    private static int LineEnd(string text, int i)
    {
        var end = text.IndexOf('\n', i);
        return end < 0 ? text.Length : end + 1;
    }

    private static int CommentEnd(string text, int i)
    {
        var end = text.IndexOf("*/", i, System.StringComparison.Ordinal);
        return end < 0 ? text.Length : end + 2;
    }

    /// <summary>A string up to its closing quote; a quote inside <c>${ }</c> belongs to the template, not the end.</summary>
    private static int ReadString(string text, int i, List<HclToken> tokens)
    {
        var value = new StringBuilder();
        var depth = 0;
        for (; i < text.Length && text[i] != '\n'; i++)
        {
            var c = text[i];
            if (c == '\\' && i + 1 < text.Length) { value.Append(c).Append(text[++i]); continue; }
            if (c == '"' && depth == 0) break;
            if (c == '$' && At(text, i + 1) == '{') depth++;
            else if (c == '}' && depth > 0) depth--;
            value.Append(c);
        }
        tokens.Add(new HclToken(value.ToString(), true));
        return i + 1;
    }
}

using System.Collections.Generic;

namespace RedFire.Lint.Dockerfiles;

/// <summary>
/// Splits instruction arguments into words the way the builder does before it expands them: on whitespace,
/// keeping quoted runs and escaped characters inside the word (quotes stay in the raw word).
/// </summary>
internal static class WordSplitter
{
    /// <summary>Quote-aware split (ENV, LABEL, ARG, and the words of shell-form text).</summary>
    public static List<(int Start, int End)> SplitQuoted(string text, int start, int end, char escape)
    {
        var words = new List<(int, int)>();
        var i = start;
        while (i < end)
        {
            while (i < end && IsSpace(text[i])) i++;
            if (i >= end) break;
            var wordStart = i;
            char quote = '\0';
            while (i < end)
            {
                var c = text[i];
                if (quote == '\0')
                {
                    if (IsSpace(c)) break;
                    if (c == '\'' || c == '"') quote = c;
                    else if (c == escape) i++;
                }
                else if (c == quote) quote = '\0';
                else if (c == escape && quote != '\'') i++;
                i++;
            }
            if (i > end) i = end;
            words.Add((wordStart, i));
        }
        return words;
    }

    /// <summary>Plain whitespace split (FROM, EXPOSE, and the list form of COPY/ADD/VOLUME when not JSON).</summary>
    public static List<(int Start, int End)> SplitWhitespace(string text, int start, int end)
    {
        var words = new List<(int, int)>();
        var i = start;
        while (i < end)
        {
            while (i < end && IsSpace(text[i])) i++;
            if (i >= end) break;
            var wordStart = i;
            while (i < end && !IsSpace(text[i])) i++;
            words.Add((wordStart, i));
        }
        return words;
    }

    public static bool IsSpace(char c) => c == ' ' || c == '\t' || c == '\v' || c == '\f' || c == '\r' || c == '\n' || c == '\u00a0' || c == '\u0085';

    public static int SkipSpaces(string text, int i, int end)
    {
        while (i < end && IsSpace(text[i])) i++;
        return i;
    }

    public static int TrimEnd(string text, int start, int end)
    {
        while (end > start && IsSpace(text[end - 1])) end--;
        return end;
    }
}

using System;
using System.Collections.Generic;
using System.Text;
using RedFire.Lint.Sources;

namespace RedFire.Lint.Deployment;

/// <summary>
/// Splits a command string into words the way a POSIX shell (and Compose, for string-form
/// <c>command</c>/<c>entrypoint</c>) does for simple commands: blanks separate, quotes group, backslash escapes.
/// Each word keeps the range it was written at, so findings point into the string.
/// </summary>
public static class ShellWords
{
    /// <param name="locate">Maps a [start, end) range of <paramref name="text"/> to a location.</param>
    public static IReadOnlyList<Located<string>> Split(string text, Func<int, int, Location> locate)
    {
        var words = new List<Located<string>>();
        var word = new StringBuilder();
        int start = -1, end = -1;
        var quote = '\0';
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quote == '\0' && char.IsWhiteSpace(c))
            {
                Flush();
                continue;
            }
            if (start < 0) start = i;
            if (quote != '\0')
            {
                if (c == quote) quote = '\0';
                else if (c == '\\' && quote == '"' && i + 1 < text.Length && text[i + 1] is '"' or '\\' or '$') word.Append(text[++i]);
                else word.Append(c);
            }
            else if (c is '\'' or '"') quote = c;
            else if (c == '\\' && i + 1 < text.Length) word.Append(text[++i]);
            else word.Append(c);
            end = i + 1;
        }
        Flush();
        return words;

        void Flush()
        {
            if (start < 0) return;
            words.Add(new Located<string>(word.ToString(), locate(start, end)));
            word.Clear();
            start = -1;
        }
    }
}

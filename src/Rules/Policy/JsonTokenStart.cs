using System;

namespace RedFire.Lint.Policy;

/// <summary>
/// Newtonsoft's line info points at the last character of a token (the closing quote of a string, the ':'
/// after a property name). Errors read better pointing at where the token starts; this walks back to it.
/// </summary>
internal static class JsonTokenStart
{
    public static (int Line, int Column) Find(string text, int line, int column)
    {
        var lines = text.Split('\n');
        if (line < 1 || line > lines.Length) return (line, column);
        var content = lines[line - 1];
        var index = Math.Min(column, content.Length) - 1;
        if (index < 0) return (line, column);

        if (content[index] == ':')
        {
            index--;
            while (index >= 0 && char.IsWhiteSpace(content[index])) index--;
        }
        if (index >= 0 && content[index] == '"')
        {
            var open = OpeningQuote(content, index);
            return open >= 0 ? (line, open + 1) : (line, column);
        }
        if (index >= 0 && (content[index] == '{' || content[index] == '[')) return (line, index + 1);
        while (index > 0 && IsLiteralChar(content[index - 1])) index--;
        return (line, Math.Max(index, 0) + 1);
    }

    /// <summary>The index of the quote that opens the string closed at <paramref name="close"/>, skipping escaped quotes.</summary>
    private static int OpeningQuote(string content, int close)
    {
        for (var i = close - 1; i >= 0; i--)
        {
            if (content[i] != '"') continue;
            var backslashes = 0;
            while (i - 1 - backslashes >= 0 && content[i - 1 - backslashes] == '\\') backslashes++;
            if (backslashes % 2 == 0) return i;
        }
        return -1;
    }

    private static bool IsLiteralChar(char c) => char.IsLetterOrDigit(c) || c == '.' || c == '-' || c == '+';
}

using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace RedFire.Lint.Dockerfiles;

/// <summary>
/// Reads the exec form: a JSON array of strings, with the span of each string. Distinguishes text that is not
/// JSON (the builder then takes it as shell form) from valid JSON that is not an array of strings (an error).
/// Iterative, so nesting depth cannot overflow the stack.
/// </summary>
internal static class JsonArray
{
    public enum Outcome
    {
        NotJson,
        Strings,
        NotStrings,
    }

    public static Outcome TryParse(string text, int start, int end, List<(int Start, int End, string Value)> strings)
    {
        strings.Clear();
        var i = WordSplitter.SkipSpaces(text, start, end);
        if (i >= end || text[i] != '[') return Outcome.NotJson;
        var stack = new Stack<char>();
        var onlyStrings = true;
        var expectValue = true;
        while (true)
        {
            i = SkipJsonSpace(text, i, end);
            if (expectValue)
            {
                if (i >= end) return Outcome.NotJson;
                var c = text[i];
                if (c == '[' || c == '{')
                {
                    if (stack.Count == 1) onlyStrings = false;
                    stack.Push(c);
                    i = SkipJsonSpace(text, i + 1, end);
                    var close = c == '[' ? ']' : '}';
                    if (i < end && text[i] == close) { stack.Pop(); i++; expectValue = false; continue; }
                    if (c == '{' && !ReadKey(text, ref i, end)) return Outcome.NotJson;
                    continue;
                }
                var valueStart = i;
                if (c == '"')
                {
                    var value = ReadString(text, ref i, end);
                    if (value is null) return Outcome.NotJson;
                    if (stack.Count == 1) strings.Add((valueStart, i, value));
                }
                else
                {
                    if (!ReadLiteral(text, ref i, end)) return Outcome.NotJson;
                    if (stack.Count == 1) onlyStrings = false;
                }
                expectValue = false;
                continue;
            }

            if (stack.Count == 0)
            {
                if (i != end) return Outcome.NotJson;
                return onlyStrings ? Outcome.Strings : Outcome.NotStrings;
            }
            if (i >= end) return Outcome.NotJson;
            var next = text[i];
            var top = stack.Peek();
            if (next == ',')
            {
                i++;
                if (top == '{' && !ReadKey(text, ref i, end)) return Outcome.NotJson;
                expectValue = true;
            }
            else if ((next == ']' && top == '[') || (next == '}' && top == '{'))
            {
                stack.Pop();
                i++;
            }
            else return Outcome.NotJson;
        }
    }

    private static int SkipJsonSpace(string text, int i, int end)
    {
        while (i < end && (text[i] == ' ' || text[i] == '\t' || text[i] == '\n' || text[i] == '\r')) i++;
        return i;
    }

    private static bool ReadKey(string text, ref int i, int end)
    {
        i = SkipJsonSpace(text, i, end);
        if (i >= end || text[i] != '"' || ReadString(text, ref i, end) is null) return false;
        i = SkipJsonSpace(text, i, end);
        if (i >= end || text[i] != ':') return false;
        i++;
        return true;
    }

    private static string? ReadString(string text, ref int i, int end)
    {
        i++;
        // Most strings of an exec form have no escape: the characters as they are, no builder.
        var start = i;
        while (i < end && text[i] is not ('"' or '\\') && text[i] >= 0x20) i++;
        if (i < end && text[i] == '"')
        {
            i++;
            return text.Substring(start, i - 1 - start);
        }
        var value = new StringBuilder().Append(text, start, i - start);
        while (i < end)
        {
            var c = text[i++];
            if (c == '"') return value.ToString();
            if (c < 0x20) return null;
            if (c != '\\') { value.Append(c); continue; }
            if (i >= end) return null;
            var e = text[i++];
            switch (e)
            {
                case '"': value.Append('"'); break;
                case '\\': value.Append('\\'); break;
                case '/': value.Append('/'); break;
                case 'b': value.Append('\b'); break;
                case 'f': value.Append('\f'); break;
                case 'n': value.Append('\n'); break;
                case 'r': value.Append('\r'); break;
                case 't': value.Append('\t'); break;
                case 'u':
                    if (i + 4 > end || !int.TryParse(text.Substring(i, 4), NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var code)) return null;
                    value.Append((char)code);
                    i += 4;
                    break;
                default: return null;
            }
        }
        return null;
    }

    private static bool ReadLiteral(string text, ref int i, int end)
    {
        foreach (var word in new[] { "true", "false", "null" })
        {
            if (string.CompareOrdinal(text, i, word, 0, word.Length) == 0 && i + word.Length <= end)
            {
                i += word.Length;
                return true;
            }
        }
        // A JSON number: -?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?
        var start = i;
        if (i < end && text[i] == '-') i++;
        if (i >= end || !char.IsDigit(text[i])) return false;
        if (text[i] == '0') i++;
        else while (i < end && IsDigit(text[i])) i++;
        if (i < end && text[i] == '.')
        {
            i++;
            if (i >= end || !IsDigit(text[i])) return false;
            while (i < end && IsDigit(text[i])) i++;
        }
        if (i < end && (text[i] == 'e' || text[i] == 'E'))
        {
            i++;
            if (i < end && (text[i] == '+' || text[i] == '-')) i++;
            if (i >= end || !IsDigit(text[i])) return false;
            while (i < end && IsDigit(text[i])) i++;
        }
        return i > start;
    }

    private static bool IsDigit(char c) => c >= '0' && c <= '9';
}

using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using RedFire.Lint.Sources;

namespace RedFire.Lint.Output;

/// <summary>
/// The source lines of a diagnostic with carets under its span, as rustc and Ruff print them:
/// <code>
///    3 | ENV DB_PASSWORD= hu…[12 chars]
///      |                  ^^^^^^^^^^^^^^^
/// </code>
/// A span over several lines shows its first and last line. Secrets print masked (the carets cover the mask), tabs
/// as four spaces, wide characters as two columns, control and bidi characters as U+FFFD so that a file cannot
/// drive the terminal, and a long line as a window around the span.
/// </summary>
internal static class CodeFrame
{
    private const int TabWidth = 4;
    private const int MaxWidth = 120;
    private const int ContextBefore = 40;

    /// <summary>One frame line: the gutter (a line number, or empty under it) and the text after "| ".</summary>
    public readonly record struct FrameLine(string Gutter, string Text, bool IsCarets);

    public static IReadOnlyList<FrameLine> Render(MaskedSource source, Location location)
    {
        if (location.Line < 1 || location.Line > source.LineCount) return [];
        var endLine = Math.Min(Math.Max(location.EndLine, location.Line), source.LineCount);
        var endColumn = location.EndColumn;
        if (endLine > location.Line && endColumn == 1)
        {
            // A span that ends at the start of a line covers the line before it, up to its end.
            endLine--;
            var (lineStart, lineEnd) = source.Line(endLine);
            endColumn = lineEnd - lineStart + 1;
        }

        var start = source.Offset(location.Line, location.Column);
        var lines = new List<FrameLine>();
        if (endLine == location.Line)
        {
            AddLine(lines, source, location.Line, start, Math.Max(start, source.Offset(endLine, endColumn)));
            return lines;
        }
        AddLine(lines, source, location.Line, start, source.Line(location.Line).End);
        if (endLine > location.Line + 1) lines.Add(new FrameLine("...", string.Empty, false));
        var (lastStart, _) = source.Line(endLine);
        var firstWord = lastStart;
        while (firstWord < source.Text.Length && source.Text[firstWord] is ' ' or '\t') firstWord++;
        AddLine(lines, source, endLine, Math.Min(firstWord, source.Offset(endLine, endColumn)), source.Offset(endLine, endColumn));
        return lines;
    }

    /// <summary>Line <paramref name="line"/> with carets under [spanStart, spanEnd) (one caret when the span is empty).</summary>
    private static void AddLine(List<FrameLine> lines, MaskedSource source, int line, int spanStart, int spanEnd)
    {
        var (lineStart, lineEnd) = source.Line(line);
        var (from, to) = Window(source, lineStart, lineEnd, spanStart);
        var text = new StringBuilder(from > lineStart ? "…" : string.Empty);
        var width = text.Length;
        // Each piece printed: the source offsets it stands for and the columns it takes.
        var pieces = new List<(int Start, int End, int FromColumn, int ToColumn)>();
        for (var i = from; i < to;)
        {
            string shown;
            int columns, next;
            if (source.SecretAt(i) is { } secret)
            {
                shown = secret.Start >= lineStart ? source.MaskOf(secret) : "…";
                columns = shown.Length;
                next = Math.Min(secret.End, lineEnd);
            }
            else
            {
                int length;
                (shown, columns, length) = Character(source.Text, i, lineEnd);
                next = i + length;
            }
            text.Append(shown);
            pieces.Add((i, next, width, width + columns));
            width += columns;
            i = next;
        }
        if (to < lineEnd) text.Append('…');

        int ColumnOf(int offset, bool isEnd)
        {
            foreach (var piece in pieces)
            {
                if (offset == piece.Start) return piece.FromColumn;
                if (offset > piece.Start && offset < piece.End) return isEnd ? piece.ToColumn : piece.FromColumn;
            }
            return offset < from ? 0 : width;
        }
        var caretStart = ColumnOf(spanStart, isEnd: false);
        var caretEnd = Math.Max(caretStart + 1, ColumnOf(spanEnd, isEnd: true));
        lines.Add(new FrameLine(line.ToString(CultureInfo.InvariantCulture), text.ToString(), false));
        lines.Add(new FrameLine(string.Empty, new string(' ', caretStart) + new string('^', caretEnd - caretStart), true));
    }

    /// <summary>The part of a long line to show: the whole line when it fits, else a window that starts a little before the span.</summary>
    private static (int From, int To) Window(MaskedSource source, int lineStart, int lineEnd, int spanStart)
    {
        if (lineEnd - lineStart <= MaxWidth) return (lineStart, lineEnd);
        var from = Math.Max(lineStart, spanStart - ContextBefore);
        if (source.SecretAt(from) is { } secret) from = Math.Max(lineStart, secret.Start);
        if (from > lineStart && char.IsLowSurrogate(source.Text[from])) from--;
        var to = Math.Min(lineEnd, from + MaxWidth);
        if (source.SecretAt(to - 1) is { } last) to = Math.Min(lineEnd, last.End);
        if (to < lineEnd && char.IsHighSurrogate(source.Text[to - 1])) to++;
        return (from, to);
    }

    /// <summary>How one character prints: its text, its width in terminal columns, and how many UTF-16 units it takes.</summary>
    private static (string Shown, int Columns, int Length) Character(string text, int at, int end)
    {
        var c = text[at];
        if (c == '\t') return (new string(' ', TabWidth), TabWidth, 1);
        if (char.IsHighSurrogate(c) && at + 1 < end && char.IsLowSurrogate(text[at + 1]))
            return (text.Substring(at, 2), 2, 2);
        if (char.IsSurrogate(c) || IsUnsafe(c)) return ("\uFFFD", 1, 1);
        var category = CharUnicodeInfo.GetUnicodeCategory(c);
        if (category is UnicodeCategory.NonSpacingMark or UnicodeCategory.EnclosingMark) return (c.ToString(), 0, 1);
        return (c.ToString(), IsWide(c) ? 2 : 1, 1);
    }

    /// <summary>Control characters, and the bidi and format characters that reorder or hide text on a terminal.</summary>
    private static bool IsUnsafe(char c) =>
        char.IsControl(c) || CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.Format;

    /// <summary>East Asian wide and full-width characters, which terminals draw two columns wide.</summary>
    private static bool IsWide(char c) =>
        c is >= '\u1100' and <= '\u115F' or >= '\u2E80' and <= '\uA4CF' or >= '\uAC00' and <= '\uD7A3'
            or >= '\uF900' and <= '\uFAFF' or >= '\uFE30' and <= '\uFE4F' or >= '\uFF00' and <= '\uFF60' or >= '\uFFE0' and <= '\uFFE6';
}

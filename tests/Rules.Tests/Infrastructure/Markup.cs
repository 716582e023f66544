using System.Collections.Generic;
using System.Text;
using RedFire.Lint.Sources;

namespace RedFire.Lint.Tests.Infrastructure;

/// <summary>
/// Inline markup for expected positions, as in Roslyn analyzer tests: <c>[|text|]</c> marks where a finding
/// must be. <see cref="Parse"/> removes the markers and returns the spans they enclosed.
/// </summary>
public static class Markup
{
    public static (string Text, IReadOnlyList<LinePositionSpan> Spans) Parse(string marked)
    {
        var text = new StringBuilder();
        var spans = new List<LinePositionSpan>();
        var starts = new Stack<(int Line, int Column)>();
        int line = 1, column = 1;
        for (var i = 0; i < marked.Length; i++)
        {
            if (i + 1 < marked.Length && marked[i] == '[' && marked[i + 1] == '|') { starts.Push((line, column)); i++; continue; }
            if (i + 1 < marked.Length && marked[i] == '|' && marked[i + 1] == ']' && starts.Count > 0)
            {
                var (l, c) = starts.Pop();
                spans.Add(new LinePositionSpan(l, c, line, column));
                i++;
                continue;
            }
            var ch = marked[i];
            text.Append(ch);
            if (ch == '\n') { line++; column = 1; }
            else if (ch == '\r' && i + 1 < marked.Length && marked[i + 1] == '\n') { /* CRLF: the LF advances the line */ column++; }
            else column++;
        }
        spans.Sort((a, b) => a.Line != b.Line ? a.Line.CompareTo(b.Line) : a.Column.CompareTo(b.Column));
        return (text.ToString(), spans);
    }
}

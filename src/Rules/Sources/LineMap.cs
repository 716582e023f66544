using System;
using System.Collections.Generic;

namespace RedFire.Lint.Sources;

/// <summary>Maps character offsets in a text to 1-based line and column numbers (CR, LF and CRLF all end a line).</summary>
public sealed class LineMap
{
    private readonly int[] _lineStarts;

    public LineMap(string text)
    {
        var starts = new List<int> { 0 };
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\r')
            {
                if (i + 1 < text.Length && text[i + 1] == '\n') i++;
                starts.Add(i + 1);
            }
            else if (c == '\n')
            {
                starts.Add(i + 1);
            }
        }
        _lineStarts = starts.ToArray();
    }

    public int LineCount => _lineStarts.Length;

    /// <summary>Offset of the first character of a 1-based line.</summary>
    public int LineStart(int line) => _lineStarts[Math.Max(0, Math.Min(line - 1, _lineStarts.Length - 1))];

    public (int Line, int Column) GetPosition(int offset)
    {
        var index = Array.BinarySearch(_lineStarts, offset);
        if (index < 0) index = ~index - 1;
        return (index + 1, offset - _lineStarts[index] + 1);
    }

    public LinePositionSpan GetSpan(int start, int end)
    {
        var (line, column) = GetPosition(start);
        var (endLine, endColumn) = GetPosition(Math.Max(start, end));
        return new LinePositionSpan(line, column, endLine, endColumn);
    }
}

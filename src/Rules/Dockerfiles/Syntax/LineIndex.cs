using System;
using RedFire.Lint.Sources;

namespace RedFire.Lint.Dockerfiles;

/// <summary>
/// Offset → line/column for one file, tuned for the parser's access pattern (mostly forward, mostly the same
/// or the next line): it remembers the last line found before falling back to a binary search. Same line
/// breaks as <see cref="LineMap"/> (CR, LF, CRLF).
/// </summary>
internal sealed class LineIndex
{
    private readonly string _path;
    private readonly int[] _starts;
    private int _lastLine;

    public LineIndex(string path, int[] lineStarts)
    {
        _path = path;
        _starts = lineStarts.Length == 0 ? [0] : lineStarts;
    }

    public Location GetLocation(int start, int end)
    {
        var (line, column) = Position(start);
        var (endLine, endColumn) = Position(Math.Max(start, end));
        return new Location(_path, new LinePositionSpan(line, column, endLine, endColumn));
    }

    private (int Line, int Column) Position(int offset)
    {
        var index = _lastLine;
        if (!(index < _starts.Length && _starts[index] <= offset && (index + 1 == _starts.Length || offset < _starts[index + 1])))
        {
            if (index + 1 < _starts.Length && _starts[index + 1] <= offset && (index + 2 == _starts.Length || offset < _starts[index + 2])) index++;
            else
            {
                index = Array.BinarySearch(_starts, offset);
                if (index < 0) index = ~index - 1;
                if (index < 0) index = 0;
            }
            _lastLine = index;
        }
        return (index + 1, offset - _starts[index] + 1);
    }
}

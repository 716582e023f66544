using System;
using System.Collections.Generic;
using RedFire.Lint.Sources;

namespace RedFire.Lint.Dockerfiles;

/// <summary>
/// Text assembled from pieces of a file (an instruction joined across continuation lines, a heredoc body)
/// that remembers where each piece came from, so that any slice maps back to exact spans in the file.
/// </summary>
public sealed class MappedText
{
    private readonly LineIndex _lines;

    // Piece k starts at _pieceStarts[k] in Text and at _pieceSources[k] in the file; pieces are contiguous in both.
    private readonly int[] _pieceStarts;
    private readonly int[] _pieceSources;

    internal MappedText(SourceFile source, LineIndex lines, string text, int[] pieceStarts, int[] pieceSources, int endOffset)
    {
        Source = source;
        _lines = lines;
        Text = text;
        _pieceStarts = pieceStarts;
        _pieceSources = pieceSources;
        EndOffset = endOffset;
    }

    // A single piece starts at 0 in its text: one shared array (never written) for every such text.
    private static readonly int[] SinglePieceStarts = [0];

    /// <summary>A contiguous piece of the file.</summary>
    internal static MappedText Slice(SourceFile source, LineIndex lines, int start, int end) =>
        new(source, lines, source.Text.Substring(start, end - start), SinglePieceStarts, [start], end);

    public SourceFile Source { get; }

    public string Text { get; }

    public int Length => Text.Length;

    /// <summary>The file offset just past the last character (where an empty slice at the end points).</summary>
    private int EndOffset { get; }

    /// <summary>The file offset of the character at <paramref name="index"/> (or of the end, past the last one).</summary>
    public int SourceOffset(int index)
    {
        if (index >= Length) return EndOffset;
        index = Math.Max(0, index);
        var piece = Array.BinarySearch(_pieceStarts, index);
        if (piece < 0) piece = ~piece - 1;
        return _pieceSources[piece] + (index - _pieceStarts[piece]);
    }

    /// <summary>The file span covering the characters [start, end) of this text.</summary>
    public Location GetLocation(int start, int end)
    {
        start = Math.Max(0, Math.Min(start, Length));
        end = Math.Max(start, Math.Min(end, Length));
        var sourceStart = SourceOffset(start);
        var sourceEnd = end > start ? SourceOffset(end - 1) + 1 : sourceStart;
        return _lines.GetLocation(sourceStart, sourceEnd);
    }

    public string Substring(int start, int end) => Text.Substring(start, end - start);

    /// <summary>Collects pieces while the parser joins lines; one per file, emptied by each <see cref="Build"/>.</summary>
    internal sealed class Builder(SourceFile source, LineIndex lines)
    {
        // Pieces are recorded, and copied once into a buffer kept for the file's next joined line: a StringBuilder grows
        // by blocks and, once chunked, allocates its whole capacity again when cleared.
        private readonly List<int> _starts = new();
        private readonly List<int> _sources = new();
        private char[] _buffer = [];
        private int _length;

        public void Append(int sourceStart, int sourceEnd)
        {
            if (sourceEnd <= sourceStart) return;
            _starts.Add(_length);
            _sources.Add(sourceStart);
            _length += sourceEnd - sourceStart;
        }

        public MappedText Build(int endOffset)
        {
            if (_starts.Count == 0) return new MappedText(source, lines, "", SinglePieceStarts, [endOffset], endOffset);
            if (_buffer.Length < _length) _buffer = new char[Math.Max(_length, 2 * _buffer.Length)];
            for (var k = 0; k < _starts.Count; k++)
            {
                var pieceEnd = k + 1 < _starts.Count ? _starts[k + 1] : _length;
                source.Text.CopyTo(_sources[k], _buffer, _starts[k], pieceEnd - _starts[k]);
            }
            var built = new MappedText(source, lines, new string(_buffer, 0, _length), _starts.ToArray(), _sources.ToArray(), endOffset);
            _starts.Clear();
            _sources.Clear();
            _length = 0;
            return built;
        }
    }
}

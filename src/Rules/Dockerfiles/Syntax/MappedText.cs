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

    /// <summary>A contiguous piece of the file.</summary>
    internal static MappedText Slice(SourceFile source, LineIndex lines, int start, int end) =>
        new(source, lines, source.Text.Substring(start, end - start), [0], [start], end);

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

    /// <summary>Collects pieces while the parser joins lines.</summary>
    internal sealed class Builder(SourceFile source, LineIndex lines)
    {
        private readonly System.Text.StringBuilder _text = new();
        private readonly List<int> _starts = new();
        private readonly List<int> _sources = new();

        public void Append(int sourceStart, int sourceEnd)
        {
            if (sourceEnd <= sourceStart) return;
            _starts.Add(_text.Length);
            _sources.Add(sourceStart);
            _text.Append(source.Text, sourceStart, sourceEnd - sourceStart);
        }

        public MappedText Build(int endOffset) =>
            _starts.Count == 0
                ? new MappedText(source, lines, "", [0], [endOffset], endOffset)
                : new MappedText(source, lines, _text.ToString(), _starts.ToArray(), _sources.ToArray(), endOffset);
    }
}

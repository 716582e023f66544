using System;
using System.IO;
using System.Text;

namespace RedFire.Lint.Sources;

/// <summary>
/// One file's text as every parser sees it: decoded once (UTF-8, BOM removed), with the path users
/// see in findings and a line map for positions. CRLF is kept; <see cref="LineMap"/> understands it.
/// </summary>
public sealed class SourceFile
{
    private LineMap? _lines;

    public SourceFile(string path, string text, FileKind kind, string? fullPath = null)
    {
        Path = path;
        Kind = kind;
        FullPath = fullPath ?? path;
        Text = text.Length > 0 && text[0] == '\uFEFF' ? text.Substring(1) : text;
    }

    /// <summary>The display path: relative to the working directory, '/' separators.</summary>
    public string Path { get; }

    /// <summary>The absolute path on disk (equal to <see cref="Path"/> for in-memory sources).</summary>
    public string FullPath { get; }

    public FileKind Kind { get; }

    public string Text { get; }

    /// <summary>
    /// Larger files are not linted: no real deployment file comes near it, and it bounds the time and memory a
    /// hostile or generated file can cost (Semgrep skips files over 1 MB for the same reason).
    /// </summary>
    public const int MaxBytes = 2 * 1024 * 1024;

    /// <summary>Why the file was not read as text (NUL bytes, I/O error, over <see cref="MaxBytes"/>, not a regular file, outside the linted directory); null when it was.</summary>
    public NotLinted? NotLinted { get; private init; }

    /// <summary>True when the file is not linted; the engine reports <see cref="NotLinted"/> once (RF0006).</summary>
    public bool IsUnreadable => NotLinted is not null;

    /// <summary>Why the file was not linted, said at <paramref name="at"/>: the file itself, or the reference that reached it.</summary>
    public FormattableString NotLintedMessage(Location at)
    {
        if (at.File == Path) return $"{NotLinted?.Lead}: {NotLinted?.Reason}.";
        return $"{Path} was not linted: {NotLinted?.Reason}.";
    }

    /// <summary>The fix for <see cref="NotLintedMessage"/>.</summary>
    public FormattableString NotLintedHelp => $"{NotLinted?.Help}";

    public LineMap Lines => _lines ??= new LineMap(Text);

    public Location GetLocation(int start, int end) => new(Path, Lines.GetSpan(start, end));

    public Location GetLocation(LinePositionSpan span) => new(Path, span);

    /// <summary>
    /// Reads a file from disk (only a regular file, at most <see cref="MaxBytes"/>). Never throws for content; a file
    /// that cannot or must not be read is an unreadable source that says why.
    /// </summary>
    public static SourceFile Read(string fullPath, string displayPath, FileKind kind)
    {
        return DiskFile.Read(fullPath, content => FromBytes(content, displayPath, kind, fullPath), out var problem)
            ?? Unreadable(displayPath, kind, fullPath, problem!);
    }

    public static SourceFile FromBytes(byte[] bytes, string displayPath, FileKind kind, string? fullPath = null) =>
        FromBytes(new ArraySegment<byte>(bytes), displayPath, kind, fullPath);

    private static SourceFile FromBytes(ArraySegment<byte> bytes, string displayPath, FileKind kind, string? fullPath)
    {
        var reason = bytes.Count > MaxBytes ? Sources.NotLinted.TooLarge(bytes.Count)
            : Array.IndexOf(bytes.Array!, (byte)0, bytes.Offset, bytes.Count) >= 0 ? Sources.NotLinted.NotText
            : null;
        var text = reason is null ? Utf8.GetString(bytes.Array!, bytes.Offset, bytes.Count) : string.Empty;
        return new SourceFile(displayPath, text, kind, fullPath) { NotLinted = reason };
    }

    /// <summary>A file that is not linted, and why.</summary>
    public static SourceFile Unreadable(string displayPath, FileKind kind, string fullPath, NotLinted reason) =>
        new(displayPath, string.Empty, kind, fullPath) { NotLinted = reason };

    // Invalid UTF-8 decodes to U+FFFD rather than throwing: bad bytes are input, not an error of ours.
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false);
}

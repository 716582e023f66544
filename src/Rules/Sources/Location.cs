namespace RedFire.Lint.Sources;

/// <summary>
/// A place in a file: the file's display path (relative to the working directory, '/' separators)
/// and a 1-based span. Every model element carries one, so every finding can point at its cause.
/// </summary>
public readonly record struct Location(string File, LinePositionSpan Span)
{
    public int Line => Span.Line;
    public int Column => Span.Column;
    public int EndLine => Span.EndLine;
    public int EndColumn => Span.EndColumn;

    public static Location Create(string file, int line, int column, int endLine, int endColumn) =>
        new(file, new LinePositionSpan(line, column, endLine, endColumn));

    /// <summary>The whole first line of a file: where file-level findings (no tag, no USER) go when nothing better exists.</summary>
    public static Location StartOf(string file) => new(file, new LinePositionSpan(1, 1, 1, 1));

    /// <summary>How a message names this place for a finding at <paramref name="reportedAt"/>: "line 12" in the same
    /// file (the output already names it), "path:12" in another.</summary>
    public string ReferenceFrom(Location reportedAt) =>
        File == reportedAt.File ? $"line {Line.ToString(System.Globalization.CultureInfo.InvariantCulture)}" : $"{File}:{Line.ToString(System.Globalization.CultureInfo.InvariantCulture)}";

    public override string ToString() => $"{File}({Line},{Column})";
}

namespace RedFire.Lint.Sources;

/// <summary>A 1-based line/column range; the end is exclusive (points just past the last character).</summary>
public readonly record struct LinePositionSpan(int Line, int Column, int EndLine, int EndColumn)
{
    public static LinePositionSpan At(int line, int column, int length = 1) => new(line, column, line, column + length);
}

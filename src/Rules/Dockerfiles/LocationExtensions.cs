using RedFire.Lint.Sources;

namespace RedFire.Lint.Dockerfiles;

public static class LocationExtensions
{
    /// <summary>The span from the start of <paramref name="first"/> to the end of <paramref name="last"/> (same file).</summary>
    public static Location Through(this Location first, Location last) =>
        first with { Span = new LinePositionSpan(first.Line, first.Column, last.EndLine, last.EndColumn) };
}

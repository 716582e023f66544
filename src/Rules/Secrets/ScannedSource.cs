using RedFire.Lint.Sources;

namespace RedFire.Lint.Secrets;

/// <summary>
/// A linted file as plain text, whatever its syntax: known credential formats are looked for in the raw text of
/// every file, so a token is found even where no parser gives it a meaning (a comment, a heredoc, a C# literal).
/// </summary>
public sealed class ScannedSource
{
    public ScannedSource(SourceFile source) => Source = source;

    public SourceFile Source { get; }
}

namespace RedFire.Lint.Sources;

/// <summary>A value as a file states it, and the place it is written (the place a fix goes).</summary>
/// <remarks>Not sealed: a parsed word (<see cref="Dockerfiles.ShellWord"/>) is one, so views of a file can hold the parser's words instead of copies.</remarks>
public record Located<T>(T Value, Location Location);

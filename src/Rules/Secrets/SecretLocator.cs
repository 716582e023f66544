using System;
using RedFire.Lint.Sources;

namespace RedFire.Lint.Secrets;

/// <summary>
/// Maps a secret found in a parsed value back to the characters of the file. Parsers give the value's location;
/// the value may have been unquoted or unescaped, so the secret is looked up in the written text, and the whole
/// value is the answer when it cannot be found there verbatim (an escape inside the secret).
/// </summary>
internal static class SecretLocator
{
    public static Location Locate(SourceFile source, Location valueLocation, string value, int start, int length)
    {
        var (valueStart, valueEnd) = Offsets(source, valueLocation);
        var secret = value.Substring(start, length);
        var written = source.Text.Substring(valueStart, valueEnd - valueStart);
        if (written.Length == value.Length && string.CompareOrdinal(written, start, secret, 0, length) == 0)
            return source.GetLocation(valueStart + start, valueStart + start + length);
        var at = written.IndexOf(secret, StringComparison.Ordinal);
        return at >= 0 && secret.Length > 0
            ? source.GetLocation(valueStart + at, valueStart + at + length)
            : valueLocation;
    }

    public static (int Start, int End) Offsets(SourceFile source, Location location)
    {
        var lines = source.Lines;
        var start = Clamp(source, lines.LineStart(location.Line) + location.Column - 1);
        var end = Clamp(source, lines.LineStart(location.EndLine) + location.EndColumn - 1);
        return (start, Math.Max(start, end));
    }

    private static int Clamp(SourceFile source, int offset) => Math.Max(0, Math.Min(source.Text.Length, offset));
}

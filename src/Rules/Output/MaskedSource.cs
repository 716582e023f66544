using System;
using System.Collections.Generic;
using System.Linq;
using RedFire.Lint.Findings;
using RedFire.Lint.Secrets;
using RedFire.Lint.Sources;

namespace RedFire.Lint.Output;

/// <summary>
/// A linted file as a code frame may quote it: its text with every secret masked. The secrets are what the detector
/// recognises in the raw text (known formats, credentials in URLs and commands, values of secret-named settings in
/// any syntax, parsed or not) and the spans of diagnostics that quote a secret, since those point at it.
/// </summary>
internal sealed class MaskedSource
{
    private readonly SourceFile _source;
    private readonly (int Start, int End)[] _secrets;

    public MaskedSource(SourceFile source, IEnumerable<Diagnostic> diagnostics)
    {
        _source = source;
        var spans = SecretRedactor.FindInSource(source.Text).Select(m => (m.Start, m.End))
            .Concat(diagnostics.Where(d => d.QuotesSecret).Select(d => Offsets(d.Location)))
            .Where(s => s.End > s.Start)
            .OrderBy(s => s.Start).ThenBy(s => s.End);
        var merged = new List<(int Start, int End)>();
        foreach (var span in spans)
        {
            if (merged.Count > 0 && span.Start < merged[merged.Count - 1].End)
                merged[merged.Count - 1] = (merged[merged.Count - 1].Start, Math.Max(merged[merged.Count - 1].End, span.End));
            else merged.Add(span);
        }
        _secrets = merged.ToArray();
    }

    public int LineCount => _source.Lines.LineCount;

    /// <summary>A line's text without its line break.</summary>
    public (int Start, int End) Line(int line)
    {
        var start = _source.Lines.LineStart(line);
        var end = line < LineCount ? _source.Lines.LineStart(line + 1) : _source.Text.Length;
        while (end > start && _source.Text[end - 1] is '\n' or '\r') end--;
        return (start, end);
    }

    public string Text => _source.Text;

    /// <summary>The secret that covers <paramref name="offset"/>, if any.</summary>
    public (int Start, int End)? SecretAt(int offset)
    {
        int low = 0, high = _secrets.Length - 1;
        while (low <= high)
        {
            var middle = (low + high) / 2;
            if (_secrets[middle].End <= offset) low = middle + 1;
            else if (_secrets[middle].Start > offset) high = middle - 1;
            else return _secrets[middle];
        }
        return null;
    }

    /// <summary>How a secret prints: as <see cref="Sensitive"/> renders it.</summary>
    public string MaskOf((int Start, int End) secret) => Sensitive.Mask(_source.Text.Substring(secret.Start, secret.End - secret.Start));

    public int Offset(int line, int column)
    {
        var (start, end) = Line(line);
        return Math.Max(start, Math.Min(end, start + column - 1));
    }

    private (int Start, int End) Offsets(Location location) =>
        location.Line > LineCount ? (0, 0) : (Offset(location.Line, location.Column), Offset(Math.Min(location.EndLine, LineCount), location.EndColumn));
}

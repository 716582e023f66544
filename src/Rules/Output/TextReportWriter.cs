using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using RedFire.Lint.Findings;

namespace RedFire.Lint.Output;

/// <summary>
/// The human format: diagnostics grouped under their file, each with a code frame of its span (for the linted
/// files, secrets masked; see <see cref="CodeFrame"/>), its help and its related locations indented beneath, then
/// one summary line. ANSI colours only when the caller says the output is a terminal that wants them.
/// </summary>
public sealed class TextReportWriter : IReportWriter
{
    private readonly bool _color;

    public TextReportWriter(bool color) => _color = color;

    public void Write(LintReport report, TextWriter output)
    {
        var sources = report.Sources.GroupBy(s => s.Path, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        foreach (var group in report.Diagnostics.GroupBy(d => d.Location.File))
        {
            output.Write(Paint(Ansi.Underline, group.Key) + "\n");
            var positionWidth = group.Max(d => Position(d).Length);
            var indent = new string(' ', positionWidth + 4);
            var source = sources.TryGetValue(group.Key, out var file) && !file.IsUnreadable ? new MaskedSource(file, group) : null;
            foreach (var diagnostic in group)
            {
                var severity = diagnostic.Severity.ToName();
                output.Write($"  {Position(diagnostic).PadRight(positionWidth)}  {Paint(ColorOf(diagnostic.Severity), severity.PadRight(7))}  " +
                             $"{Paint(Ansi.Dim, diagnostic.RuleId)}  {diagnostic.Message}\n");
                if (source is not null) WriteFrame(output, indent, CodeFrame.Render(source, diagnostic.Location), ColorOf(diagnostic.Severity));
                if (diagnostic.Help.Length > 0) output.Write($"{indent}{Paint(Ansi.Cyan, "help:")} {diagnostic.Help}\n");
                foreach (var related in diagnostic.Related)
                    output.Write($"{indent}{Paint(Ansi.Dim, "related:")} {related.Location}: {related.Message}\n");
            }
            output.Write("\n");
        }
        output.Write(Summary(report) + "\n");
    }

    private static string Position(Diagnostic d) => $"{d.Location.Line}:{d.Location.Column}";

    private void WriteFrame(TextWriter output, string indent, IReadOnlyList<CodeFrame.FrameLine> frame, string caretColor)
    {
        if (frame.Count == 0) return;
        var gutterWidth = frame.Max(l => l.Gutter.Length);
        foreach (var line in frame)
        {
            var text = line.IsCarets ? Paint(caretColor, line.Text) : line.Text;
            output.Write($"{indent}{Paint(Ansi.Dim, line.Gutter.PadLeft(gutterWidth) + " |")}{(text.Length > 0 ? " " + text : "")}\n");
        }
    }

    private string Summary(LintReport report)
    {
        var files = Plural(report.FileCount, "file");
        if (report.Diagnostics.Count == 0) return Paint(Ansi.Green, $"No problems found in {files}.");
        int Count(Severity s) => report.Diagnostics.Count(d => d.Severity == s);
        var withProblems = report.Diagnostics.Select(d => d.Location.File).Distinct().Count();
        var text = $"{Plural(report.Diagnostics.Count, "problem")} ({Plural(Count(Severity.Error), "error")}, " +
                   $"{Plural(Count(Severity.Warning), "warning")}, {Count(Severity.Info)} info) in {withProblems} of {files}.";
        return Paint(Count(Severity.Error) > 0 ? Ansi.Red : Ansi.Yellow, text);
    }

    private static string Plural(int count, string noun) => count == 1 ? $"1 {noun}" : $"{count} {noun}s";

    private static string ColorOf(Severity severity) => severity switch
    {
        Severity.Error => Ansi.Red,
        Severity.Warning => Ansi.Yellow,
        _ => Ansi.Cyan,
    };

    private string Paint(string code, string text) => _color ? code + text + Ansi.Reset : text;

    private static class Ansi
    {
        public const string Reset = "\u001b[0m";
        public const string Red = "\u001b[31m";
        public const string Yellow = "\u001b[33m";
        public const string Cyan = "\u001b[36m";
        public const string Green = "\u001b[32m";
        public const string Dim = "\u001b[2m";
        public const string Underline = "\u001b[4m";
    }
}

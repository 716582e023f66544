using System;
using System.Collections.Generic;
using System.Text.RegularExpressions;
using RedFire.Lint.Sources;

namespace RedFire.Lint.Dockerfiles;

/// <summary>
/// The line level of the Dockerfile grammar, following BuildKit's parser: parser directives at the top,
/// comments, continuation lines (with comments and blank lines inside them), and heredoc bodies.
/// Each logical line is handed to <see cref="InstructionParser"/>. One pass over the lines, no recursion.
/// </summary>
internal sealed class SyntaxParser
{
    private const int MaxErrors = 100;

    private static readonly Regex DirectivePattern = new(@"^#\s*([a-zA-Z][a-zA-Z0-9]*)\s*=\s*(.+?)\s*$", RegexOptions.CultureInvariant);
    private static readonly Regex HeredocMarker = new(@"^(\d*)<<(-?)\s*([^<]*)$", RegexOptions.CultureInvariant);
    private static readonly HashSet<string> KnownDirectives = new(StringComparer.OrdinalIgnoreCase) { "syntax", "escape", "check" };
    private static readonly HashSet<string> HeredocInstructions = new(StringComparer.Ordinal) { "RUN", "COPY", "ADD" };

    private readonly SourceFile _source;
    private readonly string _text;
    private readonly List<(int Start, int End)> _lines = new();
    private readonly List<DockerfileSyntaxError> _errors = new();
    private readonly List<Comment> _comments = new();
    private readonly List<Location> _emptyContinuations = new();
    private readonly List<ParserDirective> _directives = new();
    private char _escape = '\\';

    internal char EscapeCharacter => _escape;

    private SyntaxParser(SourceFile source)
    {
        _source = source;
        _text = source.Text;
        SplitLines();
        var endsWithBreak = _text.Length > 0 && (_text[_text.Length - 1] == '\n' || _text[_text.Length - 1] == '\r');
        var starts = new int[_lines.Count + (endsWithBreak ? 1 : 0)];
        for (var i = 0; i < _lines.Count; i++) starts[i] = _lines[i].Start;
        if (endsWithBreak) starts[starts.Length - 1] = _text.Length;
        _lineIndex = new LineIndex(source.Path, starts);
        _joined = new MappedText.Builder(source, _lineIndex);
    }

    private readonly LineIndex _lineIndex;

    // Continued instructions are joined one at a time: one builder serves them all.
    private readonly MappedText.Builder _joined;

    public static (DockerfileSyntaxTree Tree, IReadOnlyList<DockerfileSyntaxError> Errors) Parse(SourceFile source)
    {
        var parser = new SyntaxParser(source);
        var instructions = parser.ParseAll();
        var tree = new DockerfileSyntaxTree(source, parser._escape, parser._directives, instructions, parser._comments, parser._emptyContinuations);
        return (tree, parser._errors);
    }

    internal void Error(Location location, string message, string help)
    {
        if (_errors.Count < MaxErrors) _errors.Add(new DockerfileSyntaxError(location, message, help));
    }

    private void SplitLines()
    {
        var start = 0;
        for (var i = 0; i < _text.Length; i++)
        {
            var c = _text[i];
            if (c != '\n' && c != '\r') continue;
            _lines.Add((start, i));
            if (c == '\r' && i + 1 < _text.Length && _text[i + 1] == '\n') i++;
            start = i + 1;
        }
        if (start < _text.Length) _lines.Add((start, _text.Length));
    }

    private List<Instruction> ParseAll()
    {
        var instructions = new List<Instruction>();
        var index = ParseDirectives();
        var instructionParser = new InstructionParser(this);
        while (index < _lines.Count)
        {
            var (start, end) = _lines[index];
            var contentStart = WordSplitter.SkipSpaces(_text, start, end);
            if (contentStart == end) { index++; continue; }
            if (_text[contentStart] == '#')
            {
                AddComment(contentStart, end);
                index++;
                continue;
            }

            var logical = ReadLogicalLine(ref index, contentStart);
            if (logical.Length == 0) continue;
            var instruction = instructionParser.Parse(logical);
            if (instruction is null) continue;
            var heredocHost = instruction.Trigger ?? instruction;
            if (HeredocInstructions.Contains(heredocHost.Keyword) && logical.Text.IndexOf("<<", StringComparison.Ordinal) >= 0)
            {
                var heredocs = ReadHeredocs(heredocHost, ref index);
                if (heredocs.Count > 0)
                {
                    heredocHost.Heredocs = heredocs;
                    instruction.Heredocs = heredocs;
                    var last = heredocs[heredocs.Count - 1];
                    var endLocation = last.TerminatorLocation ?? last.BodyLocation;
                    instruction.Location = instruction.Location with
                    {
                        Span = new LinePositionSpan(instruction.Location.Line, instruction.Location.Column, endLocation.EndLine, endLocation.EndColumn),
                    };
                }
            }
            instructions.Add(instruction);
        }
        if (instructions.Count == 0)
            Error(Location.StartOf(_source.Path), "The Dockerfile has no instructions; the builder rejects it (\"file with no instructions\").",
                "Start it with a FROM instruction.");
        return instructions;
    }

    /// <summary>Reads the directives at the top; returns the index of the first line after them.</summary>
    private int ParseDirectives()
    {
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var index = 0;
        for (; index < _lines.Count; index++)
        {
            var (start, end) = _lines[index];
            var contentStart = WordSplitter.SkipSpaces(_text, start, end);
            var match = DirectivePattern.Match(_text.Substring(contentStart, end - contentStart));
            if (!match.Success || !KnownDirectives.Contains(match.Groups[1].Value)) break;
            var name = match.Groups[1].Value.ToLowerInvariant();
            var value = match.Groups[2].Value;
            var location = _lineIndex.GetLocation(contentStart, end);
            var valueStart = contentStart + match.Groups[2].Index;
            var valueLocation = _lineIndex.GetLocation(valueStart, valueStart + value.Length);
            if (!seen.Add(name))
            {
                Error(location, $"The '{name}' parser directive is given a second time; only one is allowed.", "Remove this line.");
                continue;
            }
            if (name == "escape")
            {
                if (value == "`" || value == "\\") _escape = value[0];
                else Error(valueLocation, $"Escape token '{value}' is not valid: expected ` or \\.", "Write '# escape=`' or '# escape=\\'.");
            }
            _directives.Add(new ParserDirective(name, value, location, valueLocation));
        }
        return index;
    }

    private void AddComment(int hashAt, int end)
    {
        // Trimmed before it is cut: a comment is one string, not the cut and its trimmed copy (thousands per corpus).
        var start = hashAt + 1;
        var stop = end;
        while (start < stop && char.IsWhiteSpace(_text[start])) start++;
        while (stop > start && char.IsWhiteSpace(_text[stop - 1])) stop--;
        _comments.Add(new Comment(_text.Substring(start, stop - start), _lineIndex.GetLocation(hashAt, end)));
    }

    /// <summary>
    /// Joins an instruction's physical lines into one logical line, as BuildKit does: the escape character at the
    /// end of a line (trailing blanks allowed, not itself escaped) continues it; comment lines and blank lines
    /// inside the continuation are dropped; a continuation at the end of the file simply ends.
    /// </summary>
    private MappedText ReadLogicalLine(ref int index, int firstContentStart)
    {
        var (_, firstEnd) = _lines[index];
        if (ContinuationAt(firstContentStart, firstEnd) < 0)
        {
            // The common case, one physical line: no joining needed.
            index++;
            return MappedText.Slice(_source, _lineIndex, firstContentStart, firstEnd);
        }
        var text = _joined;
        var lastEnd = firstContentStart;
        var continues = AppendPhysical(firstContentStart, firstEnd, text, ref lastEnd);
        index++;
        while (continues && index < _lines.Count)
        {
            var (start, end) = _lines[index];
            var contentStart = WordSplitter.SkipSpaces(_text, start, end);
            if (contentStart == end)
            {
                _emptyContinuations.Add(_lineIndex.GetLocation(start, end));
                index++;
                continue;
            }
            if (_text[contentStart] == '#')
            {
                AddComment(contentStart, end);
                index++;
                continue;
            }
            continues = AppendPhysical(start, end, text, ref lastEnd);
            index++;
        }
        return text.Build(lastEnd);
    }

    private bool AppendPhysical(int start, int end, MappedText.Builder text, ref int lastEnd)
    {
        var continuation = ContinuationAt(start, end);
        var continues = continuation >= 0;
        var keepEnd = continues ? continuation : end;
        text.Append(start, keepEnd);
        lastEnd = keepEnd;
        return continues;
    }

    /// <summary>
    /// Where the line's continuation escape is (-1 when the line does not continue): the escape character
    /// last on the line, trailing blanks allowed, and not itself escaped.
    /// </summary>
    private int ContinuationAt(int start, int end)
    {
        var last = end - 1;
        while (last >= start && (_text[last] == ' ' || _text[last] == '\t')) last--;
        return last >= start && _text[last] == _escape && (last == start || _text[last - 1] != _escape) ? last : -1;
    }

    /// <summary>Finds the heredoc markers of an instruction and reads their bodies from the following lines.</summary>
    private List<Heredoc> ReadHeredocs(Instruction instruction, ref int index)
    {
        var heredocs = new List<Heredoc>();
        var line = instruction.Line;
        foreach (var (wordStart, wordEnd) in WordSplitter.SplitQuoted(line.Text, instruction.ArgumentsStart, line.Length, '\\'))
        {
            var match = HeredocMarker.Match(line.Substring(wordStart, wordEnd));
            if (!match.Success || match.Groups[3].Length == 0) continue;
            var rawName = match.Groups[3].Value;
            var name = VariableExpander.Unquote(rawName);
            if (name.Length == 0 || name.IndexOfAny([' ', '\t']) >= 0) continue;
            int? fd = match.Groups[1].Length > 0 && int.TryParse(match.Groups[1].Value, out var parsed) ? parsed : null;
            var strip = match.Groups[2].Value == "-";
            var marker = line.GetLocation(wordStart, wordEnd);

            var bodyStart = index < _lines.Count ? _lines[index].Start : _text.Length;
            Location? terminator = null;
            var bodyEnd = _text.Length;
            while (index < _lines.Count)
            {
                var (start, end) = _lines[index];
                index++;
                var candidateStart = start;
                if (strip) while (candidateStart < end && _text[candidateStart] == '\t') candidateStart++;
                if (end - candidateStart == name.Length && string.CompareOrdinal(_text, candidateStart, name, 0, name.Length) == 0)
                {
                    terminator = _lineIndex.GetLocation(start, end);
                    bodyEnd = start;
                    break;
                }
            }
            if (terminator is null)
                Error(marker, $"The here-document '{line.Substring(wordStart, wordEnd)}' is never closed: no line '{name}' follows it.",
                    $"End the here-document with a line that holds only '{name}'.");
            heredocs.Add(new Heredoc(name, strip, rawName != name, fd, marker, MappedText.Slice(_source, _lineIndex, bodyStart, Math.Max(bodyStart, bodyEnd)), terminator));
        }
        return heredocs;
    }
}

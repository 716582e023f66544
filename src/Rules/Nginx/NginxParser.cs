using System;
using System.Collections.Generic;
using System.Text;
using RedFire.Lint.Secrets;
using RedFire.Lint.Sources;

namespace RedFire.Lint.Nginx;

/// <summary>A syntax error of an nginx file: where, and what nginx would say is wrong.</summary>
public sealed record NginxSyntaxError(Location Location, string Message, string Help);

/// <summary>
/// Reads one nginx configuration file into directives, following nginx's own tokenizer (ngx_conf_read_token):
/// words end at blanks, <c>;</c> and <c>{</c>; <c>#</c> starts a comment only at the start of a word; quoted
/// words take <c>\</c> escapes and must be followed by a blank, <c>;</c>, <c>{</c> or <c>)</c>; <c>${</c> belongs
/// to the word. Iterative, with a nesting limit; errors are recorded and parsing goes on where it can.
/// Includes are not followed here (see <see cref="NginxConfigReader"/>).
/// </summary>
internal sealed class NginxParser
{
    /// <summary>Blocks nested deeper than this are reported and the rest of the file is skipped.</summary>
    public const int MaxNesting = 64;

    private readonly SourceFile _source;
    private readonly string _text;
    private readonly List<NginxSyntaxError> _errors;
    private readonly List<NginxDirective> _topLevel = new();
    private readonly Stack<Block> _blocks = new();
    private readonly List<NginxArgument> _words = new();
    private int _position;

    private NginxParser(SourceFile source, List<NginxSyntaxError> errors)
    {
        _source = source;
        _text = source.Text;
        _errors = errors;
    }

    /// <param name="parent">The block the file is read into (an include's parent), null for a root file.</param>
    public static IReadOnlyList<NginxDirective> Parse(SourceFile source, NginxDirective? parent, List<NginxSyntaxError> errors)
    {
        var parser = new NginxParser(source, errors);
        parser.Run(parent);
        return parser._topLevel;
    }

    /// <summary>An open <c>{</c>: the directive that owns it (null for a stray brace) and where it opened.</summary>
    private sealed record Block(NginxDirective? Owner, int OpenBrace);

    private void Run(NginxDirective? parent)
    {
        var stopped = false;
        while (!stopped && SkipBlanksAndComments())
        {
            var c = _text[_position];
            switch (c)
            {
                case ';':
                    if (_words.Count == 0) Error(_position, _position + 1, "';' has no directive before it.", "Remove the extra ';'.");
                    else FinishDirective(parent, _position + 1);
                    _position++;
                    break;
                case '{':
                    stopped = OpenBlock(parent);
                    break;
                case '}':
                    CloseBlock(parent);
                    break;
                default:
                    stopped = !ReadWord();
                    break;
            }
        }

        if (_words.Count > 0)
        {
            var last = _words[_words.Count - 1].Location;
            ErrorAt(last.EndLine, last.EndColumn, $"'{Directive()}' is not terminated at the end of the file: expected ';' or a block.", $"End it with ';'.");
            FinishDirective(parent, _text.Length);
        }
        while (_blocks.Count > 0)
        {
            var open = _blocks.Pop();
            var name = open.Owner is null ? "this block" : $"the '{open.Owner.Name}' block";
            Error(open.OpenBrace, open.OpenBrace + 1, $"{Findings.Sentence.Capitalized(name)} opened here is never closed: expected '}}' before the end of the file.", "Add the missing '}'.");
            if (open.Owner is not null) open.Owner.Location = Span(open.Owner.NameLocation, _text.Length);
        }
    }

    /// <summary>Moves to the next token; false at the end of the file.</summary>
    private bool SkipBlanksAndComments()
    {
        while (_position < _text.Length)
        {
            var c = _text[_position];
            if (c == '#') _position = LineEnd(_position);
            else if (IsBlank(c)) _position++;
            else return true;
        }
        return false;
    }

    /// <returns>True when parsing must stop (nesting too deep).</returns>
    private bool OpenBlock(NginxDirective? parent)
    {
        var brace = _position;
        _position++;
        if (_blocks.Count >= MaxNesting)
        {
            Error(brace, brace + 1, $"Blocks are nested more than {MaxNesting} levels deep; the rest of the file was not read.", "Flatten the configuration, or split it with include.");
            // One finding says it all: the unread rest would only add "never closed" noise.
            _words.Clear();
            _blocks.Clear();
            return true;
        }
        if (_words.Count == 0)
        {
            Error(brace, brace + 1, "'{' has no directive name before it.", "Name the block (server {, location / {, …) or remove the '{'.");
            _blocks.Push(new Block(null, brace));
            return false;
        }

        SplitForgottenSemicolon(parent);
        var directive = FinishDirective(parent, brace + 1);
        directive.IsBlock = true;
        if (IsForeignSyntaxBlock(directive.Name))
        {
            SkipForeignBlock(directive);
            return false;
        }
        _blocks.Push(new Block(directive, brace));
        return false;
    }

    /// <summary>
    /// <c>listen 80</c> followed on the next line by <c>location / {</c> reads as one directive opening a block.
    /// For a directive known to take no block, report the missing ';' at the end of its first line and read the
    /// following lines as the directive that opens the block.
    /// </summary>
    private void SplitForgottenSemicolon(NginxDirective? parent)
    {
        if (!NginxDirectiveContexts.IsKnownSimpleDirective(_words[0].Value)) return;
        var line = _words[0].Location.Line;
        var split = _words.FindIndex(w => w.Location.Line != line);
        if (split < 0) return;
        var last = _words[split - 1].Location;
        ErrorAt(last.EndLine, last.EndColumn, $"'{Directive()}' is not terminated by ';'.", "Add ';' at the end of the line.");
        var rest = _words.GetRange(split, _words.Count - split);
        _words.RemoveRange(split, _words.Count - split);
        FinishDirective(parent, last.EndLine, last.EndColumn);
        _words.AddRange(rest);
    }

    private void CloseBlock(NginxDirective? parent)
    {
        var brace = _position;
        _position++;
        if (_words.Count > 0)
        {
            var last = _words[_words.Count - 1].Location;
            ErrorAt(last.EndLine, last.EndColumn, $"'{Directive()}' has no ';' before '}}'.", "Add ';' after it.");
            FinishDirective(parent, last.EndLine, last.EndColumn);
        }
        if (_blocks.Count == 0)
        {
            Error(brace, brace + 1, "'}' closes no block: none is open here.", "Remove the extra '}'.");
            return;
        }
        var block = _blocks.Pop();
        if (block.Owner is not null) block.Owner.Location = Span(block.Owner.NameLocation, brace + 1);
    }

    private NginxDirective FinishDirective(NginxDirective? parent, int end)
    {
        var endPosition = _source.Lines.GetPosition(end);
        return FinishDirective(parent, endPosition.Line, endPosition.Column);
    }

    private NginxDirective FinishDirective(NginxDirective? parent, int endLine, int endColumn)
    {
        var owner = CurrentOwner() ?? parent;
        var arguments = _words.GetRange(1, _words.Count - 1).ToArray();
        var directive = new NginxDirective(_source, _words[0], arguments, owner);
        var start = _words[0].Location;
        directive.Location = new Location(_source.Path, new LinePositionSpan(start.Line, start.Column, endLine, endColumn));
        _words.Clear();
        var container = CurrentOwner();
        if (container is null) _topLevel.Add(directive);
        else container.AddChild(directive);
        return directive;
    }

    /// <summary>The directive whose block we are in; a stray '{' block adds its content to the enclosing one.</summary>
    private NginxDirective? CurrentOwner()
    {
        foreach (var block in _blocks)
            if (block.Owner is not null) return block.Owner;
        return null;
    }

    /// <returns>False when the rest of the file cannot be read (an unclosed quote).</returns>
    private bool ReadWord()
    {
        var start = _position;
        var first = _text[start];
        return first is '"' or '\'' ? ReadQuoted(start, first) : ReadUnquoted(start);
    }

    private bool ReadUnquoted(int start)
    {
        var value = new StringBuilder();
        var i = start;
        var afterDollar = false;
        while (i < _text.Length)
        {
            var c = _text[i];
            if (c == '{' && afterDollar)
            {
                value.Append(c);
                i++;
                continue;
            }
            afterDollar = c == '$';
            if (c == '\\' && i + 1 < _text.Length)
            {
                AppendEscaped(value, _text[i + 1]);
                i += 2;
                continue;
            }
            if (IsBlank(c) || c is ';' or '{') break;
            value.Append(c);
            i++;
        }
        _words.Add(new NginxArgument(value.ToString(), _text.Substring(start, i - start), _source.GetLocation(start, i), null));
        _position = i;
        return true;
    }

    private bool ReadQuoted(int start, char quote)
    {
        var value = new StringBuilder();
        var i = start + 1;
        while (i < _text.Length && _text[i] != quote)
        {
            if (_text[i] == '\\' && i + 1 < _text.Length)
            {
                AppendEscaped(value, _text[i + 1]);
                i += 2;
            }
            else
            {
                value.Append(_text[i]);
                i++;
            }
        }
        if (i >= _text.Length)
        {
            Error(start, LineEnd(start), $"The {(quote == '"' ? "double" : "single")} quote opened here is never closed; the rest of the file was not read.", "Close the quote.");
            _words.Clear();
            _position = _text.Length;
            return false;
        }

        var end = i + 1;
        _words.Add(new NginxArgument(value.ToString(), _text.Substring(start, end - start), _source.GetLocation(start, end), quote));
        _position = end;
        if (_position >= _text.Length) return true;
        var next = _text[_position];
        if (next == ')') _position++;
        else if (!IsBlank(next) && next is not (';' or '{'))
            Error(_position, _position + 1, $"'{next}' follows a closing quote: expected a space, ';' or '{{'.", "Put a space after the quote, or move the text inside the quotes.");
        return true;
    }

    /// <summary>nginx unescapes \" \' \\ \t \r \n in words; any other backslash stays.</summary>
    private static void AppendEscaped(StringBuilder value, char escaped)
    {
        switch (escaped)
        {
            case '"': case '\'': case '\\': value.Append(escaped); break;
            case 't': value.Append('\t'); break;
            case 'r': value.Append('\r'); break;
            case 'n': value.Append('\n'); break;
            default: value.Append('\\').Append(escaped); break;
        }
    }

    /// <summary>Blocks whose content is another language (OpenResty's <c>*_by_lua_block</c>): skipped by brace matching.</summary>
    private static bool IsForeignSyntaxBlock(string name) =>
        name.EndsWith("_by_lua_block", StringComparison.Ordinal) || name == "lua_block";

    private void SkipForeignBlock(NginxDirective directive)
    {
        var depth = 1;
        var i = _position;
        char? quote = null;
        while (i < _text.Length && depth > 0)
        {
            var c = _text[i];
            if (quote is not null)
            {
                if (c == '\\') i++;
                else if (c == quote) quote = null;
            }
            else if (c is '"' or '\'') quote = c;
            else if (c == '-' && i + 1 < _text.Length && _text[i + 1] == '-') i = LineEnd(i) - 1;
            else if (c == '{') depth++;
            else if (c == '}') depth--;
            i++;
        }
        if (depth > 0)
            Error(_position - 1, _position, $"The '{directive.Name}' block opened here is never closed.", "Add the missing '}'.");
        _position = i;
        directive.Location = Span(directive.NameLocation, i);
    }

    private Location Span(Location start, int end)
    {
        var (line, column) = _source.Lines.GetPosition(end);
        return new Location(_source.Path, new LinePositionSpan(start.Line, start.Column, line, column));
    }

    private void Error(int start, int end, string message, string help) =>
        _errors.Add(new NginxSyntaxError(_source.GetLocation(start, Math.Max(start, end)), message, help));

    private void ErrorAt(int line, int column, string message, string help) =>
        _errors.Add(new NginxSyntaxError(new Location(_source.Path, LinePositionSpan.At(line, column, 0)), message, help));

    /// <summary>The pending directive's name as a message quotes it (a stray word there may be a secret).</summary>
    private string Directive() => SecretRedactor.RedactSource(_words[0].Value);

    /// <summary>Where the line holding <paramref name="from"/> ends, before its CR LF or LF.</summary>
    private int LineEnd(int from)
    {
        var newline = _text.IndexOf('\n', from);
        if (newline < 0) return _text.Length;
        return newline > from && _text[newline - 1] == '\r' ? newline - 1 : newline;
    }

    private static bool IsBlank(char c) => c is ' ' or '\t' or '\r' or '\n';
}

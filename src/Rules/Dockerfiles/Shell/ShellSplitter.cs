using System.Collections.Generic;
using System.Text;

namespace RedFire.Lint.Dockerfiles;

/// <summary>
/// Splits a POSIX shell script (a shell-form RUN, CMD, ENTRYPOINT, HEALTHCHECK, or a heredoc body) into simple
/// commands and words, with each word's place in the file. It does not run or expand anything: it knows
/// quotes, escapes, line continuations, comments, the list and pipe operators, subshell parentheses and
/// redirections, and keeps <c>$(…)</c>, <c>${…}</c> and backticks inside the word they appear in.
/// Iterative and linear in the length of the script.
/// </summary>
public static class ShellSplitter
{
    public static IReadOnlyList<ShellCommand> Split(MappedText text) => Split(text, 0, text.Length);

    public static IReadOnlyList<ShellCommand> Split(MappedText text, int start, int end)
    {
        var splitter = new Splitter(text, start, end);
        splitter.Run();
        return splitter.Commands;
    }

    private sealed class Splitter(MappedText mapped, int start, int end)
    {
        private readonly string _text = mapped.Text;
        private readonly List<ShellWord> _words = new();
        private readonly List<ShellRedirection> _redirections = new();
        // One builder for every word of the script (a word is read to its end before the next starts).
        private readonly StringBuilder _value = new();
        private string _previousOperator = "";
        private int _pos = start;

        public List<ShellCommand> Commands { get; } = new();

        public void Run()
        {
            while (_pos < end)
            {
                var c = _text[_pos];
                if (c == ' ' || c == '\t' || c == '\r') { _pos++; continue; }
                if (c == '\\' && _pos + 1 < end && _text[_pos + 1] == '\n') { _pos += 2; continue; }
                if (c == '#') { SkipComment(); continue; }
                var op = ReadOperator();
                if (op is not null) { EndCommand(op); continue; }
                if (IsRedirectionStart(_pos)) { ReadRedirection(); continue; }
                var word = ReadWord();
                if (word is not null) _words.Add(word);
            }
            EndCommand("");
        }

        private void SkipComment()
        {
            while (_pos < end && _text[_pos] != '\n') _pos++;
        }

        private void EndCommand(string op)
        {
            if (_words.Count > 0)
            {
                Commands.Add(new ShellCommand(_words.ToArray(), _redirections.ToArray(), _previousOperator, op));
                _previousOperator = op;
            }
            else if (op.Length > 0 && op != "\n" && op != "(" && op != ")" && Commands.Count > 0)
            {
                _previousOperator = op;
            }
            _words.Clear();
            _redirections.Clear();
        }

        private string? ReadOperator()
        {
            var c = _text[_pos];
            var next = _pos + 1 < end ? _text[_pos + 1] : '\0';
            switch (c)
            {
                case '\n': _pos++; return "\n";
                case ';': _pos += next == ';' ? 2 : 1; return ";";
                case '(':
                case ')':
                    _pos++;
                    return c.ToString();
                case '&':
                    if (next == '&') { _pos += 2; return "&&"; }
                    if (next == '>') return null;
                    _pos++;
                    return "&";
                case '|':
                    if (next == '|') { _pos += 2; return "||"; }
                    _pos += next == '&' ? 2 : 1;
                    return "|";
                default:
                    return null;
            }
        }

        /// <summary>A redirection starts with &lt; or &gt;, optionally after a file descriptor number or &amp;.</summary>
        private bool IsRedirectionStart(int i)
        {
            var j = i;
            while (j < end && char.IsDigit(_text[j])) j++;
            if (j == i && j < end && _text[j] == '&' && j + 1 < end && _text[j + 1] == '>') return true;
            return j < end && (_text[j] == '<' || _text[j] == '>');
        }

        private void ReadRedirection()
        {
            var opStart = _pos;
            while (_pos < end && (char.IsDigit(_text[_pos]) || _text[_pos] == '&')) _pos++;
            while (_pos < end && (_text[_pos] == '<' || _text[_pos] == '>' || _text[_pos] == '&' || _text[_pos] == '|' || _text[_pos] == '-')) _pos++;
            var op = _text.Substring(opStart, _pos - opStart);
            var opEnd = _pos;
            // "2>&1" and ">&-" name a descriptor directly after the operator.
            if (op.EndsWith("&", System.StringComparison.Ordinal) && _pos < end && (char.IsDigit(_text[_pos]) || _text[_pos] == '-'))
            {
                while (_pos < end && (char.IsDigit(_text[_pos]) || _text[_pos] == '-')) _pos++;
                _redirections.Add(new ShellRedirection(op, null, mapped.GetLocation(opStart, _pos)));
                return;
            }
            while (_pos < end && (_text[_pos] == ' ' || _text[_pos] == '\t')) _pos++;
            var target = _pos < end && ReadOperatorPeek() is null ? ReadWord() : null;
            var location = mapped.GetLocation(opStart, target is null ? opEnd : _pos);
            _redirections.Add(new ShellRedirection(op, target, location));
        }

        private string? ReadOperatorPeek()
        {
            var c = _text[_pos];
            return c == '\n' || c == ';' || c == '&' || c == '|' || c == '(' || c == ')' ? c.ToString() : null;
        }

        private ShellWord? ReadWord()
        {
            var wordStart = _pos;
            var value = _value.Clear();
            var plain = true;
            while (_pos < end)
            {
                var c = _text[_pos];
                if (c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == ';' || c == '&' || c == '|' || c == '(' || c == ')') break;
                if (c == '<' || c == '>') break;
                plain &= c is not ('\\' or '\'' or '"' or '$' or '`');
                switch (c)
                {
                    case '\\':
                        _pos++;
                        if (_pos < end && _text[_pos] != '\n') value.Append(_text[_pos]);
                        _pos++;
                        break;
                    case '\'':
                    {
                        var close = _text.IndexOf('\'', _pos + 1, end - _pos - 1);
                        var stop = close < 0 ? end : close;
                        value.Append(_text, _pos + 1, stop - _pos - 1);
                        _pos = close < 0 ? end : close + 1;
                        break;
                    }
                    case '"':
                        ReadDoubleQuoted(value);
                        break;
                    case '$':
                        ReadDollar(value);
                        break;
                    case '`':
                        ReadBalanced(value, '`', '`');
                        break;
                    default:
                        value.Append(c);
                        _pos++;
                        break;
                }
            }
            if (_pos > end) _pos = end;
            if (_pos == wordStart) { _pos++; return null; }
            // A word without quotes, escapes or expansions is its own value: one string for both.
            var raw = _text.Substring(wordStart, _pos - wordStart);
            return new ShellWord(plain ? raw : value.ToString(), raw, mapped.GetLocation(wordStart, _pos));
        }

        private void ReadDoubleQuoted(StringBuilder value)
        {
            _pos++;
            while (_pos < end && _text[_pos] != '"')
            {
                var c = _text[_pos];
                if (c == '\\' && _pos + 1 < end)
                {
                    var next = _text[_pos + 1];
                    if (next == '\n') { _pos += 2; continue; }
                    if (next == '"' || next == '\\' || next == '$' || next == '`') { value.Append(next); _pos += 2; continue; }
                }
                if (c == '$') { ReadDollar(value); continue; }
                if (c == '`') { ReadBalanced(value, '`', '`'); continue; }
                value.Append(c);
                _pos++;
            }
            if (_pos < end) _pos++;
        }

        private void ReadDollar(StringBuilder value)
        {
            var next = _pos + 1 < end ? _text[_pos + 1] : '\0';
            if (next == '(') { value.Append('$'); _pos++; ReadBalanced(value, '(', ')'); return; }
            if (next == '{') { value.Append('$'); _pos++; ReadBalanced(value, '{', '}'); return; }
            if (next == '\'')
            {
                // $'…' (ANSI-C quoting): keep the content, escapes as written.
                _pos++;
                var close = _text.IndexOf('\'', _pos + 1, end - _pos - 1);
                var stop = close < 0 ? end : close;
                value.Append(_text, _pos + 1, stop - _pos - 1);
                _pos = close < 0 ? end : close + 1;
                return;
            }
            value.Append('$');
            _pos++;
        }

        /// <summary>Copies a balanced group (<c>$(…)</c>, <c>${…}</c>, backticks) as written, minding quotes inside.</summary>
        private void ReadBalanced(StringBuilder value, char open, char close)
        {
            var groupStart = _pos;
            var depth = 0;
            while (_pos < end)
            {
                var c = _text[_pos];
                if (c == '\\') { _pos += 2; continue; }
                if (open != close && c == '\'')
                {
                    var q = _text.IndexOf('\'', _pos + 1, end - _pos - 1);
                    _pos = q < 0 ? end : q + 1;
                    continue;
                }
                if (open != close && c == open) depth++;
                else if (c == close)
                {
                    if (open == close) { if (_pos > groupStart) { _pos++; break; } }
                    else if (--depth == 0) { _pos++; break; }
                }
                _pos++;
            }
            if (_pos > end) _pos = end;
            value.Append(_text, groupStart, _pos - groupStart);
        }
    }
}

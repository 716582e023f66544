using System;
using System.Collections.Generic;
using System.Text;
using RedFire.Lint.Secrets;
using RedFire.Lint.Sources;

namespace RedFire.Lint.Env;

/// <summary>
/// Parses env files the way <c>docker compose</c> does (compose-go's dotenv): <c>KEY=VAL</c> or <c>KEY: VAL</c>,
/// an optional <c>export</c> prefix, <c>#</c> comment lines, an inline comment after <c>" #"</c> in unquoted values,
/// single quotes (literal), double quotes (escapes, then substitution), multi-line quoted values, <c>KEY</c>
/// alone (inherited from the environment), <c>KEY=</c> (empty). Substitution sees the lookup (the environment)
/// first, then the entries above, as Compose does.
/// Where Compose stops at the first bad statement, this parser records it and goes on with the next line.
/// </summary>
public static class EnvFileParser
{
    /// <param name="source">The file; its text has no BOM (<see cref="SourceFile"/> removes it).</param>
    /// <param name="lookup">The environment: values of inherited keys and of variables; null means empty.</param>
    public static EnvFile Parse(SourceFile source, Func<string, string?>? lookup = null) =>
        new Reader(source, lookup ?? (_ => null)).Read();

    private sealed class Reader
    {
        private readonly SourceFile _source;
        private readonly string _text;
        private readonly Func<string, string?> _lookup;
        private readonly List<EnvEntry> _entries = new();
        private readonly List<EnvSyntaxError> _errors = new();
        private readonly Dictionary<string, string> _set = new(StringComparer.Ordinal);
        private int _position;

        public Reader(SourceFile source, Func<string, string?> lookup)
        {
            _source = source;
            _text = source.Text;
            _lookup = lookup;
        }

        public EnvFile Read()
        {
            while (SkipBlankLinesAndComments())
                ReadStatement();
            return new EnvFile(_source, _entries, _errors);
        }

        /// <summary>Moves to the next statement; false at the end of the file.</summary>
        private bool SkipBlankLinesAndComments()
        {
            while (_position < _text.Length)
            {
                var c = _text[_position];
                if (c == '#') _position = LineEnd(_position);
                else if (char.IsWhiteSpace(c)) _position++;
                else return true;
            }
            return false;
        }

        private void ReadStatement()
        {
            var exported = SkipExportPrefix();
            var keyStart = _position;
            var scan = keyStart;
            while (scan < _text.Length && _text[scan] is not ('=' or ':' or '\n'))
            {
                var c = _text[scan];
                if (!IsSpace(c) && !IsKeyCharacter(c))
                {
                    Error(scan, scan + 1, $"'{c}' is not allowed in a variable name; docker compose rejects the file.",
                        "Write NAME=value: a name holds letters, digits, '_', '.', '-', '[' and ']', and the value follows '=' (or ':').");
                    return;
                }
                scan++;
            }

            var keyEnd = scan;
            while (keyEnd > keyStart && char.IsWhiteSpace(_text[keyEnd - 1])) keyEnd--;
            var key = _text.Substring(keyStart, keyEnd - keyStart);
            var inherited = scan >= _text.Length || _text[scan] == '\n';
            if (key.Length == 0)
            {
                Error(scan, scan + 1, $"'{_text[scan]}' has no variable name before it; docker compose rejects the file.", "Write NAME=value.");
                return;
            }
            var space = IndexOfSpace(key);
            if (space >= 0)
            {
                Error(keyStart, keyEnd, $"The variable name '{SecretRedactor.RedactSource(key.Substring(0, space))}' is followed by a space and more text; docker compose rejects the file.",
                    "Remove the space: a name cannot hold one" +
                    (inherited ? " (a line without '=' names a variable to take from the environment)." : "."));
                return;
            }

            var keyLocation = _source.GetLocation(keyStart, keyEnd);
            if (inherited)
            {
                _position = scan;
                var inheritedValue = _lookup(key);
                Add(new EnvEntry(key, keyLocation) { Value = inheritedValue, IsInherited = true, IsExported = exported });
                return;
            }

            _position = scan + 1;
            while (_position < _text.Length && IsSpace(_text[_position])) _position++;
            var entry = _position < _text.Length && _text[_position] is '"' or '\''
                ? ReadQuotedValue(key, keyLocation, exported)
                : ReadUnquotedValue(key, keyLocation, exported);
            if (entry is not null) Add(entry);
        }

        /// <summary><c>export</c> followed by blanks and a name is a prefix (<c>exportFOO=1</c> and <c>export=1</c> are not).</summary>
        private bool SkipExportPrefix()
        {
            const string Export = "export";
            var after = _position + Export.Length;
            if (after >= _text.Length || !IsSpace(_text[after]) || string.CompareOrdinal(_text, _position, Export, 0, Export.Length) != 0)
                return false;
            var keyStart = after;
            while (keyStart < _text.Length && IsSpace(_text[keyStart])) keyStart++;
            // "export" alone on its line is the name of an inherited variable, not a prefix.
            if (keyStart >= _text.Length || _text[keyStart] is '\n' or '=' or ':') return false;
            _position = keyStart;
            return true;
        }

        private EnvEntry ReadUnquotedValue(string key, Location keyLocation, bool exported)
        {
            var start = _position;
            var lineEnd = LineEnd(start);
            var comment = _text.IndexOf(" #", start, lineEnd - start, StringComparison.Ordinal);
            var end = comment >= 0 ? comment : lineEnd;
            while (end > start && char.IsWhiteSpace(_text[end - 1])) end--;
            _position = lineEnd;

            var raw = _text.Substring(start, end - start);
            var valueLocation = _source.GetLocation(start, end);
            return Substituted(new EnvEntry(key, keyLocation)
            {
                RawValue = raw,
                ValueLocation = valueLocation,
                Quote = EnvQuote.None,
                IsExported = exported,
            }, raw);
        }

        private EnvEntry? ReadQuotedValue(string key, Location keyLocation, bool exported)
        {
            var open = _position;
            var quote = _text[open];
            var content = new StringBuilder();
            var close = -1;
            var escaped = false;
            for (var i = open + 1; i < _text.Length; i++)
            {
                var c = _text[i];
                if (escaped)
                {
                    // Only an escaped quote loses its backslash here; double quotes expand the other escapes below.
                    if (c != quote) content.Append('\\');
                    content.Append(c);
                    escaped = false;
                }
                else if (c == '\\') escaped = true;
                else if (c == quote) { close = i; break; }
                else content.Append(c);
            }

            if (close < 0)
            {
                Error(open, LineEnd(open), $"The {QuoteName(quote)} quote that starts the value of {key} is never closed; docker compose rejects the file.",
                    "Close the quote at the end of the value.");
                return null;
            }

            _position = close + 1;
            SkipTrailingComment(key);
            var entry = new EnvEntry(key, keyLocation)
            {
                Value = content.ToString(),
                RawValue = _text.Substring(open + 1, close - open - 1),
                ValueLocation = _source.GetLocation(open, close + 1),
                Quote = quote == '"' ? EnvQuote.Double : EnvQuote.Single,
                IsExported = exported,
            };
            return quote == '"' ? Substituted(entry, DoubleQuoteEscapes.Expand(entry.Value!)) : entry;
        }

        /// <summary>
        /// After a closing quote only blanks and a <c>#</c> comment may follow. Compose would read other text as
        /// the next statement on the same line, which is never what the author meant.
        /// </summary>
        private void SkipTrailingComment(string key)
        {
            while (_position < _text.Length && IsSpace(_text[_position])) _position++;
            if (_position >= _text.Length || _text[_position] is '\n' or '#') return;
            var lineEnd = LineEnd(_position);
            var end = lineEnd;
            while (end > _position && char.IsWhiteSpace(_text[end - 1])) end--;
            Error(_position, end, $"Text follows the closing quote of {key}'s value; docker compose rejects the file.",
                "Put the whole value inside the quotes, or start a comment with '#'.");
        }

        /// <summary>The entry with <paramref name="text"/>'s variables substituted; a malformed reference is RF0004 at the value.</summary>
        private EnvEntry Substituted(EnvEntry entry, string text)
        {
            var result = EnvInterpolation.Substitute(text, Resolve);
            if (result.Error is not null)
                _errors.Add(new EnvSyntaxError(entry.ValueLocation!.Value, $"The value of {entry.Key} has {result.Error}; docker compose rejects the file.",
                    "Write ${NAME}, ${NAME:-default} or ${NAME:?error}, or '$$' for a literal dollar sign."));
            return new EnvEntry(entry.Key, entry.KeyLocation)
            {
                Value = result.Value,
                RawValue = entry.RawValue,
                ValueLocation = entry.ValueLocation,
                Quote = entry.Quote,
                IsExported = entry.IsExported,
                UnsetVariables = result.UnsetVariables,
                MissingRequiredVariables = result.MissingRequired,
            };
        }

        /// <summary>The environment wins over the file's own entries, as in compose-go.</summary>
        private string? Resolve(string name) => _lookup(name) ?? (_set.TryGetValue(name, out var value) ? value : null);

        private void Add(EnvEntry entry)
        {
            _entries.Add(entry);
            if (entry.Value is not null) _set[entry.Key] = entry.Value;
        }

        /// <summary>Records a bad statement and skips the rest of its line.</summary>
        private void Error(int start, int end, string message, string help)
        {
            _errors.Add(new EnvSyntaxError(_source.GetLocation(start, Math.Max(start, end)), message, help));
            _position = LineEnd(start);
        }

        private int LineEnd(int from)
        {
            var newline = _text.IndexOf('\n', Math.Min(from, _text.Length));
            return newline < 0 ? _text.Length : newline;
        }

        private static string QuoteName(char quote) => quote == '"' ? "double" : "single";

        /// <summary>Blanks inside a line (not line breaks), as compose-go counts them.</summary>
        private static bool IsSpace(char c) => c is ' ' or '\t' or '\v' or '\f' or '\r' or '\u0085' or '\u00A0';

        private static bool IsKeyCharacter(char c) => char.IsLetterOrDigit(c) || c is '_' or '.' or '-' or '[' or ']';

        private static int IndexOfSpace(string key)
        {
            for (var i = 0; i < key.Length; i++)
                if (IsSpace(key[i])) return i;
            return -1;
        }
    }
}

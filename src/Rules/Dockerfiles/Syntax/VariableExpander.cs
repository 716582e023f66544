using System;
using System.Collections.Generic;
using System.Text;

namespace RedFire.Lint.Dockerfiles;

/// <summary>A variable a word refers to: its name and where in the raw word its <c>$</c> is.</summary>
public sealed record VariableReference(string Name, int Offset, int Length, bool HasFallback);

/// <summary>The result of expanding one word: its value, the variables it read, and the error the builder would raise.</summary>
public sealed record Expansion(string Value, IReadOnlyList<VariableReference> References, string? Error)
{
    public bool Succeeded => Error is null;
}

/// <summary>
/// The builder's word expansion (what ADD COPY ENV EXPOSE FROM LABEL STOPSIGNAL USER VOLUME WORKDIR do to their
/// words): quote removal, escapes, and <c>$var</c>/<c>${var…}</c> with every modifier BuildKit supports
/// (<c>:- - :+ + :? ? # ## % %% / //</c>). <c>${var:=x}</c> is an error, as in BuildKit.
/// Nesting is limited so no input can exhaust the stack.
/// </summary>
public static class VariableExpander
{
    private const int MaxDepth = 32;
    private const int MaxPatternInput = 4096;

    /// <param name="raw">The word as written.</param>
    /// <param name="lookup">The value of a variable, or null when it is not set.</param>
    /// <param name="escape">The file's escape character.</param>
    /// <param name="keepUnset">Keep references to unset variables literally (to show a value that is still unresolved).</param>
    public static Expansion Expand(string raw, Func<string, string?> lookup, char escape = '\\', bool keepUnset = false)
    {
        // Most words have nothing to expand; they are their own value.
        if (IsLiteral(raw, escape)) return new Expansion(raw, [], null);
        var state = new State(raw, lookup, escape, keepUnset);
        string value;
        try
        {
            value = state.Process(stopOn: '\0', depth: 0);
        }
        catch (ExpansionException e)
        {
            return new Expansion(raw, state.References, e.Message);
        }
        return new Expansion(value, state.References, null);
    }

    /// <summary>The word with quotes and escapes removed and variables left as written.</summary>
    public static string Unquote(string raw, char escape = '\\') =>
        IsLiteral(raw, escape) ? raw : Expand(raw, _ => null, escape, keepUnset: true).Value;

    private static bool IsLiteral(string raw, char escape)
    {
        foreach (var c in raw)
            if (c == '\'' || c == '"' || c == '$' || c == escape) return false;
        return true;
    }

    private sealed class ExpansionException(string message) : Exception(message);

    private sealed class State(string text, Func<string, string?> lookup, char escape, bool keepUnset)
    {
        private int _pos;

        public List<VariableReference> References { get; } = new();

        private bool AtEnd => _pos >= text.Length;

        private char Peek => _pos < text.Length ? text[_pos] : '\0';

        public string Process(char stopOn, int depth)
        {
            if (depth > MaxDepth) throw new ExpansionException("variable substitution nested too deeply");
            var result = new StringBuilder();
            while (!AtEnd)
            {
                var c = text[_pos];
                if (stopOn != '\0' && c == stopOn) { _pos++; return result.ToString(); }
                if (c == '\'') result.Append(SingleQuoted());
                else if (c == '"') result.Append(DoubleQuoted(depth));
                else if (c == '$') result.Append(Dollar(depth));
                else if (c == escape)
                {
                    _pos++;
                    if (AtEnd) break;
                    result.Append(text[_pos++]);
                }
                else { result.Append(c); _pos++; }
            }
            if (stopOn != '\0') throw new ExpansionException("syntax error: missing '}'");
            return result.ToString();
        }

        private string SingleQuoted()
        {
            _pos++;
            var end = text.IndexOf('\'', _pos);
            if (end < 0) throw new ExpansionException("unexpected end of statement while looking for matching single-quote");
            var value = text.Substring(_pos, end - _pos);
            _pos = end + 1;
            return value;
        }

        private string DoubleQuoted(int depth)
        {
            _pos++;
            var result = new StringBuilder();
            while (!AtEnd)
            {
                var c = text[_pos];
                if (c == '"') { _pos++; return result.ToString(); }
                if (c == '$') { result.Append(Dollar(depth)); continue; }
                _pos++;
                if (c == escape)
                {
                    if (AtEnd) break;
                    var next = text[_pos];
                    if (next == '"' || next == '$' || next == escape) { c = next; _pos++; }
                }
                result.Append(c);
            }
            throw new ExpansionException("unexpected end of statement while looking for matching double-quote");
        }

        private string Dollar(int depth)
        {
            var dollarAt = _pos;
            _pos++;
            if (Peek != '{')
            {
                var simple = Name();
                if (simple.Length == 0) return "$";
                var found = Lookup(simple, dollarAt, false);
                return found ?? (keepUnset ? "$" + simple : "");
            }
            _pos++;
            if (AtEnd) throw new ExpansionException("syntax error: missing '}'");
            if (Peek == '{' || Peek == '}' || Peek == ':') throw new ExpansionException("syntax error: bad substitution");
            var name = Name();
            if (AtEnd) throw new ExpansionException("syntax error: missing '}'");
            var op = text[_pos++];
            switch (op)
            {
                case '}':
                {
                    var value = Lookup(name, dollarAt, false);
                    return value ?? (keepUnset ? text.Substring(dollarAt, _pos - dollarAt) : "");
                }
                case ':':
                {
                    var modifier = AtEnd ? '\0' : text[_pos++];
                    if (modifier != '-' && modifier != '+' && modifier != '?')
                        throw new ExpansionException($"unsupported modifier ({modifier}) in substitution");
                    var word = Process('}', depth + 1);
                    var value = Lookup(name, dollarAt, modifier == '-' || modifier == '?');
                    if (value is null && keepUnset) return text.Substring(dollarAt, _pos - dollarAt);
                    switch (modifier)
                    {
                        case '+': return string.IsNullOrEmpty(value) ? "" : word;
                        case '-': return string.IsNullOrEmpty(value) ? word : value!;
                        default:
                            if (value is null) throw new ExpansionException($"{name}: {(word.Length > 0 ? word : "is not allowed to be unset")}");
                            if (value.Length == 0) throw new ExpansionException($"{name}: {(word.Length > 0 ? word : "is not allowed to be empty")}");
                            return value;
                    }
                }
                case '-':
                case '+':
                case '?':
                {
                    var word = Process('}', depth + 1);
                    var value = Lookup(name, dollarAt, op != '+');
                    if (value is null && keepUnset) return text.Substring(dollarAt, _pos - dollarAt);
                    if (op == '+') return value is null ? "" : word;
                    if (op == '-') return value ?? word;
                    if (value is null) throw new ExpansionException($"{name}: {(word.Length > 0 ? word : "is not allowed to be unset")}");
                    return value;
                }
                case '#':
                case '%':
                {
                    var longest = Peek == op;
                    if (longest) _pos++;
                    var pattern = Process('}', depth + 1);
                    var value = Lookup(name, dollarAt, false);
                    if (value is null) return keepUnset ? text.Substring(dollarAt, _pos - dollarAt) : "";
                    return op == '#' ? Glob.TrimPrefix(value, pattern, longest) : Glob.TrimSuffix(value, pattern, longest);
                }
                case '/':
                {
                    var all = Peek == '/';
                    if (all) _pos++;
                    var pattern = ProcessUntilSlashOrBrace(depth + 1, out var hasReplacement);
                    var replacement = hasReplacement ? Process('}', depth + 1) : "";
                    var value = Lookup(name, dollarAt, false);
                    if (value is null) return keepUnset ? text.Substring(dollarAt, _pos - dollarAt) : "";
                    return Glob.Replace(value, pattern, replacement, all);
                }
                default:
                    throw new ExpansionException($"unsupported modifier ({op}) in substitution");
            }
        }

        private string ProcessUntilSlashOrBrace(int depth, out bool stoppedAtSlash)
        {
            var result = new StringBuilder();
            while (!AtEnd)
            {
                var c = text[_pos];
                if (c == '/') { _pos++; stoppedAtSlash = true; return result.ToString(); }
                if (c == '}') { _pos++; stoppedAtSlash = false; return result.ToString(); }
                if (c == '$') { result.Append(Dollar(depth)); continue; }
                if (c == escape && _pos + 1 < text.Length) { result.Append(text[_pos + 1]); _pos += 2; continue; }
                result.Append(c);
                _pos++;
            }
            throw new ExpansionException("syntax error: missing '}'");
        }

        private string Name()
        {
            var start = _pos;
            if (AtEnd) return "";
            var c = text[_pos];
            if (char.IsDigit(c))
            {
                while (!AtEnd && char.IsDigit(text[_pos])) _pos++;
                return text.Substring(start, _pos - start);
            }
            if ("@*#?-$!0".IndexOf(c) >= 0) { _pos++; return c.ToString(); }
            while (!AtEnd && (char.IsLetterOrDigit(text[_pos]) || text[_pos] == '_')) _pos++;
            return text.Substring(start, _pos - start);
        }

        private string? Lookup(string name, int dollarAt, bool hasFallback)
        {
            References.Add(new VariableReference(name, dollarAt, Math.Max(1, _pos - dollarAt), hasFallback));
            return lookup(name);
        }
    }

    /// <summary>Shell glob matching (<c>*</c>, <c>?</c>, <c>\x</c>) for the trimming and replacing modifiers.</summary>
    private static class Glob
    {
        public static string TrimPrefix(string value, string pattern, bool longest)
        {
            if (value.Length > MaxPatternInput) return value;
            for (var k = 0; k <= value.Length; k++)
            {
                var length = longest ? value.Length - k : k;
                if (Matches(pattern, value, 0, length)) return value.Substring(length);
            }
            return value;
        }

        public static string TrimSuffix(string value, string pattern, bool longest)
        {
            if (value.Length > MaxPatternInput) return value;
            for (var k = 0; k <= value.Length; k++)
            {
                var start = longest ? k : value.Length - k;
                if (Matches(pattern, value, start, value.Length)) return value.Substring(0, start);
            }
            return value;
        }

        public static string Replace(string value, string pattern, string replacement, bool all)
        {
            if (value.Length > MaxPatternInput || pattern.Length == 0) return value;
            var result = new StringBuilder();
            var i = 0;
            while (i <= value.Length)
            {
                var matchEnd = -1;
                for (var end = value.Length; end > i; end--)
                    if (Matches(pattern, value, i, end)) { matchEnd = end; break; }
                if (matchEnd < 0)
                {
                    if (i < value.Length) result.Append(value[i]);
                    i++;
                    continue;
                }
                result.Append(replacement);
                i = matchEnd;
                if (!all) { result.Append(value.Substring(i)); return result.ToString(); }
            }
            return result.ToString();
        }

        /// <summary>Whether value[start, end) matches the whole pattern (iterative, with one backtrack point per star).</summary>
        private static bool Matches(string pattern, string value, int start, int end)
        {
            int p = 0, v = start, starP = -1, starV = -1;
            while (v < end)
            {
                if (p < pattern.Length && pattern[p] == '\\' && p + 1 < pattern.Length && pattern[p + 1] == value[v]) { p += 2; v++; }
                else if (p < pattern.Length && (pattern[p] == '?' || (pattern[p] == value[v] && pattern[p] != '*' && pattern[p] != '\\'))) { p++; v++; }
                else if (p < pattern.Length && pattern[p] == '*') { starP = p++; starV = v; }
                else if (starP >= 0) { p = starP + 1; v = ++starV; }
                else return false;
            }
            while (p < pattern.Length && pattern[p] == '*') p++;
            return p == pattern.Length;
        }
    }
}

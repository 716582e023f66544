using System;
using System.Collections.Generic;
using System.Text;

namespace RedFire.Lint.Compose.Interpolation;

/// <summary>A variable found in a template, by offsets into the template text.</summary>
internal readonly record struct TemplateVariable(string Name, VariableSyntax Syntax, int Start, int Length, bool IsSet, string? RequiredMessage);

/// <summary>The interpolated text, the variables evaluated, and the first syntax error (offsets into the template).</summary>
internal sealed record TemplateResult(string Value, IReadOnlyList<TemplateVariable> Variables, string? Error, int ErrorStart, int ErrorLength);

/// <summary>
/// Compose's interpolation (compose-go template.go): <c>$VAR</c>, <c>${VAR}</c>, <c>:-</c> <c>-</c> <c>:?</c> <c>?</c>
/// <c>:+</c> <c>+</c>, nested templates inside defaults evaluated lazily, <c>$$</c> for a literal dollar.
/// </summary>
internal sealed class TemplateInterpolator
{
    private readonly Func<string, string?> _lookup;

    public TemplateInterpolator(Func<string, string?> lookup) => _lookup = lookup;

    public TemplateResult Interpolate(string template)
    {
        var variables = new List<TemplateVariable>();
        var state = new State(variables);
        var value = Expand(template, 0, template.Length, 0, state);
        return new TemplateResult(value, variables, state.Error, state.ErrorStart, state.ErrorLength);
    }

    private sealed class State
    {
        public State(List<TemplateVariable> variables) => Variables = variables;

        public List<TemplateVariable> Variables { get; }
        public string? Error { get; private set; }
        public int ErrorStart { get; private set; }
        public int ErrorLength { get; private set; }

        public void Fail(string message, int start, int length)
        {
            if (Error is not null) return;
            Error = message;
            ErrorStart = start;
            ErrorLength = length;
        }
    }

    /// <summary>Expands text[start..end); depth bounds the nesting of templates in defaults.</summary>
    private string Expand(string text, int start, int end, int depth, State state)
    {
        var result = new StringBuilder();
        var i = start;
        while (i < end)
        {
            var c = text[i];
            if (c != '$' || i + 1 >= end)
            {
                result.Append(c);
                i++;
                continue;
            }
            var next = text[i + 1];
            if (next == '$')
            {
                result.Append('$');
                i += 2;
            }
            else if (next == '{')
            {
                var close = ClosingBrace(text, i + 2, end);
                if (close < 0)
                {
                    state.Fail($"'{Opening(text, i + 2, end)}' has no closing '}}'.", i, end - i);
                    result.Append(text, i, end - i);
                    return result.ToString();
                }
                result.Append(Braced(text, i, close, depth, state));
                i = close + 1;
            }
            else if (IsNameStart(next))
            {
                var nameEnd = NameEnd(text, i + 1, end);
                var name = text.Substring(i + 1, nameEnd - i - 1);
                var found = _lookup(name);
                state.Variables.Add(new TemplateVariable(name, VariableSyntax.Plain, i, nameEnd - i, found is not null, null));
                result.Append(found ?? string.Empty);
                i = nameEnd;
            }
            else
            {
                // A '$' before anything else stays literal, as in compose-go.
                result.Append(c);
                i++;
            }
        }
        return result.ToString();
    }

    /// <summary>
    /// How an error message quotes a reference: '${' and the variable name, never what follows (a default may be a secret).
    /// </summary>
    private static string Opening(string text, int bodyStart, int end) =>
        bodyStart < end && IsNameStart(text[bodyStart]) ? "${" + text.Substring(bodyStart, NameEnd(text, bodyStart, end) - bodyStart) : "${";

    /// <summary>Evaluates <c>${…}</c> spanning text[open..close].</summary>
    private string Braced(string text, int open, int close, int depth, State state)
    {
        var bodyStart = open + 2;
        var nameEnd = IsNameStart(text[bodyStart]) ? NameEnd(text, bodyStart, close) : bodyStart;
        var whole = text.Substring(open, close + 1 - open);
        if (nameEnd == bodyStart || depth >= ComposeLimits.MaxInterpolationDepth)
        {
            state.Fail(nameEnd == bodyStart
                ? "'${' is not followed by a variable name."
                : $"'{Opening(text, bodyStart, close)}' nests defaults more than {ComposeLimits.MaxInterpolationDepth} levels deep.", open, whole.Length);
            return whole;
        }
        var name = text.Substring(bodyStart, nameEnd - bodyStart);
        var found = _lookup(name);
        var (syntax, argStart) = Operator(text, nameEnd, close);
        if (syntax is null)
        {
            state.Fail($"'{text[nameEnd]}' after '${{{name}' is not an operator: expected '}}', ':-', '-', ':?', '?', ':+' or '+'.", open, whole.Length);
            return whole;
        }
        var empty = string.IsNullOrEmpty(found);
        var message = syntax is VariableSyntax.Required or VariableSyntax.RequiredNonEmpty
            ? Expand(text, argStart, close, depth + 1, state) : null;
        state.Variables.Add(new TemplateVariable(name, syntax.Value, open, whole.Length, found is not null, message));
        return syntax.Value switch
        {
            VariableSyntax.DefaultIfUnsetOrEmpty when empty => Expand(text, argStart, close, depth + 1, state),
            VariableSyntax.DefaultIfUnset when found is null => Expand(text, argStart, close, depth + 1, state),
            VariableSyntax.AlternativeIfNonEmpty => empty ? string.Empty : Expand(text, argStart, close, depth + 1, state),
            VariableSyntax.AlternativeIfSet => found is null ? string.Empty : Expand(text, argStart, close, depth + 1, state),
            _ => found ?? string.Empty,
        };
    }

    private static (VariableSyntax? Syntax, int ArgumentStart) Operator(string text, int at, int close)
    {
        if (at == close) return (VariableSyntax.Plain, at);
        var colon = text[at] == ':';
        var op = colon ? at + 1 : at;
        if (op >= close) return (null, at);
        return text[op] switch
        {
            '-' => (colon ? VariableSyntax.DefaultIfUnsetOrEmpty : VariableSyntax.DefaultIfUnset, op + 1),
            '?' => (colon ? VariableSyntax.RequiredNonEmpty : VariableSyntax.Required, op + 1),
            '+' => (colon ? VariableSyntax.AlternativeIfNonEmpty : VariableSyntax.AlternativeIfSet, op + 1),
            _ => (null, at),
        };
    }

    /// <summary>Index of the '}' closing a '${' whose body starts at <paramref name="from"/>, counting nested braces.</summary>
    private static int ClosingBrace(string text, int from, int end)
    {
        var open = 1;
        for (var i = from; i < end; i++)
        {
            if (text[i] == '{') open++;
            else if (text[i] == '}' && --open == 0) return i;
        }
        return -1;
    }

    private static bool IsNameStart(char c) => c == '_' || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');

    private static int NameEnd(string text, int from, int end)
    {
        var i = from;
        while (i < end && (IsNameStart(text[i]) || (text[i] >= '0' && text[i] <= '9'))) i++;
        return i;
    }
}

using System;
using System.Collections.Generic;
using System.Text;

namespace RedFire.Lint.Env;

/// <summary>A <c>${NAME:?message}</c> or <c>${NAME?message}</c> whose variable is not set (or empty, for <c>:?</c>).</summary>
public sealed record MissingRequiredVariable(string Name, string Message);

/// <summary>The outcome of substituting variables in one value.</summary>
/// <param name="Value">The text with every reference replaced (unset ones by the empty string); the input itself when <paramref name="Error"/> is set.</param>
/// <param name="UnsetVariables">Referenced variables that were unset and had no default.</param>
/// <param name="MissingRequired">
/// Required variables that are not set. Compose refuses to run without them, but while linting the
/// environment is usually not there: whether that is a finding is the caller's decision.
/// </param>
/// <param name="Error">Why the value is malformed (a <c>${</c> without <c>}</c> or without a name, an unknown operator), or null.</param>
public sealed record InterpolationResult(string Value, IReadOnlyList<string> UnsetVariables, IReadOnlyList<MissingRequiredVariable> MissingRequired, string? Error);

/// <summary>
/// Compose's variable substitution: <c>$VAR</c>, <c>${VAR}</c>, <c>${VAR:-default}</c>, <c>${VAR-default}</c>,
/// <c>${VAR:?error}</c>, <c>${VAR?error}</c>, <c>${VAR:+alt}</c>, <c>${VAR+alt}</c>, nested in defaults (evaluated
/// only when used), <c>$$</c> for a literal <c>$</c>. Names are <c>[A-Za-z_][A-Za-z0-9_]*</c>; a <c>$</c> followed by
/// anything else is kept. Substituted values are not substituted again, so there is no expansion blow-up.
/// </summary>
public static class EnvInterpolation
{
    /// <summary>Nesting of <c>${A:-${B:-…}}</c> beyond this is reported instead of followed.</summary>
    public const int MaxNesting = 32;

    public static InterpolationResult Substitute(string text, Func<string, string?> resolve)
    {
        var run = new Run(resolve);
        var value = run.Substitute(text, 0);
        return new InterpolationResult(run.Error is null ? value : text, run.Unset, run.MissingRequired, run.Error);
    }

    private sealed class Run
    {
        private readonly Func<string, string?> _resolve;

        public Run(Func<string, string?> resolve) => _resolve = resolve;

        public List<string> Unset { get; } = new();

        public List<MissingRequiredVariable> MissingRequired { get; } = new();

        public string? Error { get; private set; }

        public string Substitute(string text, int depth)
        {
            if (depth > MaxNesting)
            {
                Error ??= $"defaults nested more than {MaxNesting} levels deep";
                return text;
            }
            if (text.IndexOf('$') < 0) return text;

            var result = new StringBuilder(text.Length);
            var i = 0;
            while (i < text.Length && Error is null)
            {
                var c = text[i];
                var next = i + 1 < text.Length ? text[i + 1] : '\0';
                if (c != '$' || (next != '$' && next != '{' && !IsNameStart(next)))
                {
                    result.Append(c);
                    i++;
                }
                else if (next == '$')
                {
                    result.Append('$');
                    i += 2;
                }
                else if (next != '{')
                {
                    var end = NameEnd(text, i + 1);
                    result.Append(Lookup(text.Substring(i + 1, end - i - 1)));
                    i = end;
                }
                else
                {
                    var close = ClosingBrace(text, i + 2);
                    if (close < 0)
                    {
                        Error = "a '${' with no closing '}'";
                        break;
                    }
                    result.Append(Braced(text.Substring(i + 2, close - i - 2), depth));
                    i = close + 1;
                }
            }
            return result.ToString();
        }

        /// <summary>The body of <c>${…}</c>: a name, optionally followed by an operator and its argument.</summary>
        private string Braced(string body, int depth)
        {
            var nameEnd = body.Length > 0 && IsNameStart(body[0]) ? NameEnd(body, 0) : 0;
            if (nameEnd == 0)
            {
                Error = "a '${' with no variable name after it";
                return string.Empty;
            }
            var name = body.Substring(0, nameEnd);
            if (nameEnd == body.Length) return Lookup(name);

            var colon = body[nameEnd] == ':';
            var operatorAt = colon ? nameEnd + 1 : nameEnd;
            var op = operatorAt < body.Length ? body[operatorAt] : '\0';
            if (op != '-' && op != '?' && op != '+')
            {
                Error = $"'${{{name}' followed by something other than '}}', ':-', '-', ':?', '?', ':+' or '+'";
                return string.Empty;
            }
            var argument = body.Substring(operatorAt + 1);
            var value = _resolve(name);
            var condition = colon ? !string.IsNullOrEmpty(value) : value is not null;

            switch (op)
            {
                case '-':
                    return condition ? value! : Substitute(argument, depth + 1);
                case '+':
                    return condition ? Substitute(argument, depth + 1) : string.Empty;
                default:
                    if (condition) return value!;
                    MissingRequired.Add(new MissingRequiredVariable(name, Substitute(argument, depth + 1)));
                    return string.Empty;
            }
        }

        private string Lookup(string name)
        {
            var value = _resolve(name);
            if (value is null && !Unset.Contains(name)) Unset.Add(name);
            return value ?? string.Empty;
        }
    }

    private static bool IsNameStart(char c) => c == '_' || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');

    private static bool IsNamePart(char c) => IsNameStart(c) || (c >= '0' && c <= '9');

    private static int NameEnd(string text, int start)
    {
        var end = start;
        while (end < text.Length && IsNamePart(text[end])) end++;
        return end;
    }

    /// <summary>The index of the '}' closing a '${' whose body starts at <paramref name="start"/>, counting nested braces.</summary>
    private static int ClosingBrace(string text, int start)
    {
        var open = 1;
        for (var i = start; i < text.Length; i++)
        {
            if (text[i] == '{') open++;
            else if (text[i] == '}' && --open == 0) return i;
        }
        return -1;
    }
}

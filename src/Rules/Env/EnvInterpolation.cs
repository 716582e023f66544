using System;
using System.Collections.Generic;
using System.Text;

namespace RedFire.Lint.Env;

/// <summary>The outcome of substituting variables in one value.</summary>
/// <param name="Value">The text with every reference replaced (unset ones by the empty string).</param>
/// <param name="UnsetVariables">Referenced variables that were unset and had no default.</param>
/// <param name="Error">Why Compose would reject the value (<c>${X:?message}</c> with X unset, a malformed <c>${…}</c>), or null.</param>
public sealed record InterpolationResult(string Value, IReadOnlyList<string> UnsetVariables, string? Error);

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
        var unset = new List<string>();
        var value = Substitute(text, resolve, unset, 0, out var error);
        return new InterpolationResult(error is null ? value : text, unset, error);
    }

    private static string Substitute(string text, Func<string, string?> resolve, List<string> unset, int depth, out string? error)
    {
        error = null;
        if (depth > MaxNesting)
        {
            error = $"variable defaults are nested more than {MaxNesting} levels deep";
            return text;
        }
        if (text.IndexOf('$') < 0) return text;

        var result = new StringBuilder(text.Length);
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            var next = i + 1 < text.Length ? text[i + 1] : '\0';
            if (c != '$' || (next != '$' && next != '{' && !IsNameStart(next)))
            {
                result.Append(c);
                i++;
                continue;
            }
            if (next == '$')
            {
                result.Append('$');
                i += 2;
                continue;
            }
            if (next != '{')
            {
                var end = NameEnd(text, i + 1);
                var name = text.Substring(i + 1, end - i - 1);
                result.Append(Lookup(name, resolve, unset));
                i = end;
                continue;
            }

            var close = ClosingBrace(text, i + 2);
            if (close < 0)
            {
                error = "a '${' has no closing '}'";
                return text;
            }
            var expanded = Braced(text.Substring(i + 2, close - i - 2), resolve, unset, depth, out error);
            if (error is not null) return text;
            result.Append(expanded);
            i = close + 1;
        }
        return result.ToString();
    }

    /// <summary>The body of <c>${…}</c>: a name, optionally followed by an operator and its argument.</summary>
    private static string Braced(string body, Func<string, string?> resolve, List<string> unset, int depth, out string? error)
    {
        error = null;
        var nameEnd = body.Length > 0 && IsNameStart(body[0]) ? NameEnd(body, 0) : 0;
        if (nameEnd == 0)
        {
            error = "a '${' is not followed by a variable name ([A-Za-z_][A-Za-z0-9_]*)";
            return string.Empty;
        }
        var name = body.Substring(0, nameEnd);
        if (nameEnd == body.Length) return Lookup(name, resolve, unset);

        var colon = body[nameEnd] == ':';
        var operatorAt = colon ? nameEnd + 1 : nameEnd;
        var op = operatorAt < body.Length ? body[operatorAt] : '\0';
        if (op != '-' && op != '?' && op != '+')
        {
            error = $"'${{{name}' must be followed by '}}', ':-', '-', ':?', '?', ':+' or '+'";
            return string.Empty;
        }
        var argument = body.Substring(operatorAt + 1);
        var value = resolve(name);
        var isSet = value is not null;
        var isSetAndNotEmpty = !string.IsNullOrEmpty(value);
        var condition = colon ? isSetAndNotEmpty : isSet;

        switch (op)
        {
            case '-':
                return condition ? value! : Substitute(argument, resolve, unset, depth + 1, out error);
            case '+':
                return condition ? Substitute(argument, resolve, unset, depth + 1, out error) : string.Empty;
            default:
                if (condition) return value!;
                var message = Substitute(argument, resolve, unset, depth + 1, out error);
                error ??= $"required variable {name} is missing a value" + (message.Length > 0 ? ": " + message : string.Empty);
                return string.Empty;
        }
    }

    private static string Lookup(string name, Func<string, string?> resolve, List<string> unset)
    {
        var value = resolve(name);
        if (value is null && !unset.Contains(name)) unset.Add(name);
        return value ?? string.Empty;
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

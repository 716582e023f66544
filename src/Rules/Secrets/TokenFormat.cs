using System;
using System.Text.RegularExpressions;

namespace RedFire.Lint.Secrets;

/// <summary>
/// One known credential format: a name users recognise, a linear-time pattern, the literals at least one of which
/// a text must contain before the pattern is worth running, and an optional check of a candidate (a JWT's header
/// must decode to JSON with "alg"). The secret is the pattern's <c>secret</c> group when it has one, else the match.
/// </summary>
internal sealed class TokenFormat
{
    private readonly Regex _pattern;
    private readonly string[] _hints;
    private readonly Func<string, bool>? _isGenuine;

    public TokenFormat(string name, string pattern, string[] hints, Func<string, bool>? isGenuine = null)
    {
        Name = name;
        _pattern = SafeRegex.Create(pattern);
        _hints = hints;
        _isGenuine = isGenuine;
    }

    public string Name { get; }

    public bool MightOccurIn(string text)
    {
        foreach (var hint in _hints)
            if (text.IndexOf(hint, StringComparison.OrdinalIgnoreCase) >= 0) return true;
        return false;
    }

    public System.Collections.Generic.IEnumerable<SecretMatch> FindIn(string text)
    {
        foreach (var match in SafeRegex.Matches(_pattern, text))
        {
            var secret = match.Groups["secret"];
            var group = secret.Success ? secret : match;
            if (_isGenuine is not null && !_isGenuine(group.Value)) continue;
            yield return new SecretMatch(SecretKind.KnownFormat, Name, group.Index, group.Value);
        }
    }
}

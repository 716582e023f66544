using System;
using System.Collections.Generic;
using System.Text.RegularExpressions;

namespace RedFire.Lint.Secrets;

/// <summary>
/// One known credential format: a name users recognise, a linear-time pattern, the literals at least one of which
/// a text must contain before the pattern is worth running, and an optional check of a candidate (a JWT's header
/// must decode to JSON with "alg"). The secret is the pattern's <c>secret</c> group when it has one, else the match.
/// The pattern is compiled the first time a text holds one of the literals: most runs never need most formats.
/// </summary>
internal sealed class TokenFormat
{
    private readonly Lazy<Regex> _pattern;
    private readonly Func<string, bool>? _isGenuine;

    // The automaton that finds the hints of every format in one pass ignores case; a pattern that does not can only
    // match a text holding one of its hints as written (Twilio's "SK" is in every "disk" and "task" otherwise).
    private readonly bool _hintsAsWritten;

    public TokenFormat(string name, string pattern, string[] hints, Func<string, bool>? isGenuine = null)
    {
        Name = name;
        _pattern = new Lazy<Regex>(() => SafeRegex.Create(pattern, RegexOptions.Compiled));
        Hints = hints;
        _isGenuine = isGenuine;
        _hintsAsWritten = pattern.IndexOf("(?i", StringComparison.Ordinal) < 0;
    }

    public string Name { get; }

    /// <summary>The literals at least one of which a match contains: as written, or in any ASCII case when the pattern ignores case.</summary>
    public IReadOnlyList<string> Hints { get; }

    public IEnumerable<SecretMatch> FindIn(string text)
    {
        if (_hintsAsWritten && !HoldsHintAsWritten(text)) yield break;
        foreach (var match in SafeRegex.Matches(_pattern.Value, text))
        {
            var secret = match.Groups["secret"];
            var group = secret.Success ? secret : match;
            if (_isGenuine is not null && !_isGenuine(group.Value)) continue;
            yield return new SecretMatch(SecretKind.KnownFormat, Name, group.Index, group.Value);
        }
    }

    private bool HoldsHintAsWritten(string text)
    {
        foreach (var hint in Hints)
            if (text.IndexOf(hint, StringComparison.Ordinal) >= 0) return true;
        return false;
    }
}

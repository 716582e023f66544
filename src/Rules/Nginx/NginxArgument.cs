using RedFire.Lint.Sources;

namespace RedFire.Lint.Nginx;

/// <summary>One word of a directive (its name or an argument), with where it was written.</summary>
public sealed class NginxArgument
{
    internal NginxArgument(string value, string raw, Location location, char? quote)
    {
        Value = value;
        Raw = raw;
        Location = location;
        Quote = quote;
    }

    /// <summary>The word as nginx reads it: quotes removed, <c>\" \' \\ \t \r \n</c> unescaped; variables kept as text.</summary>
    public string Value { get; }

    /// <summary>The word as written, quotes included.</summary>
    public string Raw { get; }

    public Location Location { get; }

    /// <summary>The quote character when the word was quoted, else null.</summary>
    public char? Quote { get; }

    /// <summary>The word refers to a variable (<c>$host</c>, <c>${name}</c>); its value is known only at run time.</summary>
    public bool HasVariables => Value.IndexOf('$') >= 0;

    public override string ToString() => Raw;
}

using System.Collections.Generic;
using RedFire.Lint.Sources;

namespace RedFire.Lint.Env;

/// <summary>How a value was written in the env file; decides escapes and interpolation.</summary>
public enum EnvQuote
{
    /// <summary><c>KEY=value</c>: trimmed, cut at <c> #</c>, interpolated.</summary>
    None,

    /// <summary><c>KEY='value'</c>: literal (only <c>\'</c> is unescaped), may span lines.</summary>
    Single,

    /// <summary><c>KEY="value"</c>: escapes (<c>\n \t \" \\ \$</c>…) then interpolation, may span lines.</summary>
    Double,
}

/// <summary>One <c>KEY=VALUE</c> (or inherited <c>KEY</c>) statement of an env file, with where each part was written.</summary>
public sealed class EnvEntry
{
    internal EnvEntry(string key, Location keyLocation)
    {
        Key = key;
        KeyLocation = keyLocation;
    }

    public string Key { get; }

    /// <summary>
    /// The value as Compose sees it: escapes applied and variables substituted. Null only for an inherited
    /// <c>KEY</c> the lookup does not know (Compose then leaves the variable unset).
    /// </summary>
    public string? Value { get; internal init; }

    /// <summary>The value as written, without the surrounding quotes or an inline comment; empty for an inherited key.</summary>
    public string RawValue { get; internal init; } = string.Empty;

    public Location KeyLocation { get; }

    /// <summary>
    /// Where the value is written, quotes included (all lines of a multi-line quoted value); an empty span
    /// just after the separator for <c>KEY=</c>; null for an inherited <c>KEY</c>.
    /// </summary>
    public Location? ValueLocation { get; internal init; }

    public EnvQuote Quote { get; internal init; }

    /// <summary>The statement starts with <c>export </c>.</summary>
    public bool IsExported { get; internal init; }

    /// <summary>A bare <c>KEY</c>: its value comes from the environment (the parser's lookup).</summary>
    public bool IsInherited { get; internal init; }

    /// <summary>Variables the value references that neither the lookup nor an earlier entry set, and that have no default.</summary>
    public IReadOnlyList<string> UnsetVariables { get; internal init; } = [];

    /// <summary>
    /// <c>${NAME:?message}</c> references whose variable is not set. Compose stops without them, but the linter
    /// usually runs without the deployment's environment, so they are data here, not errors.
    /// </summary>
    public IReadOnlyList<MissingRequiredVariable> MissingRequiredVariables { get; internal init; } = [];
}

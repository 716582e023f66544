using RedFire.Lint.Sources;

namespace RedFire.Lint.Compose.Interpolation;

/// <summary>How a <c>${…}</c> treats an unset variable.</summary>
public enum VariableSyntax
{
    /// <summary><c>$VAR</c> or <c>${VAR}</c>: empty string (and a warning) when unset.</summary>
    Plain,
    /// <summary><c>${VAR:-default}</c>: default when unset or empty.</summary>
    DefaultIfUnsetOrEmpty,
    /// <summary><c>${VAR-default}</c>: default when unset.</summary>
    DefaultIfUnset,
    /// <summary><c>${VAR:?error}</c>: an error when unset or empty.</summary>
    RequiredNonEmpty,
    /// <summary><c>${VAR?error}</c>: an error when unset.</summary>
    Required,
    /// <summary><c>${VAR:+alternative}</c>: the alternative when set and not empty, else empty.</summary>
    AlternativeIfNonEmpty,
    /// <summary><c>${VAR+alternative}</c>: the alternative when set, else empty.</summary>
    AlternativeIfSet,
}

/// <summary>One variable a scalar referenced (nested ones only when evaluated), where, and what it resolved to.</summary>
public sealed record VariableReference(string Name, VariableSyntax Syntax, Location Location)
{
    /// <summary>Whether a value source (.env, --env-file, the process environment when enabled) defined it.</summary>
    public bool IsSet { get; init; }

    /// <summary>The text after <c>?</c> / <c>:?</c> (the error Compose would print), when given.</summary>
    public string? RequiredMessage { get; init; }

    public bool HasDefault => Syntax is not (VariableSyntax.Plain or VariableSyntax.Required or VariableSyntax.RequiredNonEmpty);
}

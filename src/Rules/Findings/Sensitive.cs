using System;

namespace RedFire.Lint.Findings;

/// <summary>
/// A secret's value. It renders as its first two characters and its length, never more, so a rule
/// that interpolates it into a message cannot leak it. The raw value is kept only so the engine can
/// scrub it (and any 8-character piece of it) from every message as a second line of defence.
/// </summary>
public sealed class Sensitive
{
    public Sensitive(string value) => Value = value ?? string.Empty;

    internal string Value { get; }

    public int Length => Value.Length;

    public override string ToString() => Mask(Value);

    public static string Mask(string value) =>
        value.Length <= 2 ? $"[{value.Length} chars]" : $"{value.Substring(0, 2)}…[{value.Length} chars]";

    public override bool Equals(object? obj) => obj is Sensitive other && string.Equals(Value, other.Value, StringComparison.Ordinal);

    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Value);
}

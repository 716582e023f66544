using System;

namespace RedFire.Lint.Findings;

/// <summary>
/// A secret's value. It renders as its first two characters and its length, never more, so a rule
/// that interpolates it into a message cannot leak it. This is the only masking of messages: the engine
/// does not search messages for secrets afterwards, so every other word of a message prints intact and
/// a value that holds a secret must reach the message as a <see cref="Sensitive"/>.
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

using RedFire.Lint.Findings;

namespace RedFire.Lint.Secrets;

/// <summary>
/// One secret found in a piece of text: why (<see cref="Kind"/> and <see cref="Description"/>, e.g. "GitHub token"),
/// where (<see cref="Start"/> and <see cref="Length"/>, offsets into the text that was scanned) and the value,
/// wrapped so that it can only ever be rendered masked.
/// </summary>
public sealed class SecretMatch
{
    internal SecretMatch(SecretKind kind, string description, int start, string value)
    {
        Kind = kind;
        Description = description;
        Start = start;
        Length = value.Length;
        Text = value;
        Secret = new Sensitive(value);
    }

    public SecretKind Kind { get; }

    public string Description { get; }

    public int Start { get; }

    public int Length { get; }

    public int End => Start + Length;

    /// <summary>The secret, for messages: it renders masked.</summary>
    public Sensitive Secret { get; }

    /// <summary>The secret's characters, for the detector's own checks only; never put it in a message.</summary>
    internal string Text { get; }

    /// <summary>Whether this match shares a character with [start, end).</summary>
    public bool Overlaps(int start, int end) => Start < end && start < End;
}

using RedFire.Lint.Sources;

namespace RedFire.Lint.Secrets;

/// <summary>What a value is to the program that reads it: a named setting, or a shell command line.</summary>
public enum SecretPlaceKind
{
    /// <summary><c>NAME=value</c>: env file entries, compose environment/labels/build args, ENV/ARG/LABEL, C# constants.</summary>
    Setting,

    /// <summary>A command line: RUN, HEALTHCHECK, CMD, ENTRYPOINT, compose command/entrypoint/healthcheck test.</summary>
    Command,
}

/// <summary>
/// One value in a file where a secret may be written, in a shape every secret rule understands: the value as written,
/// where it is, its setting name (if any), how to describe the place in a message and how to fix it there.
/// Each file kind has an adapter that lists its places; the rules do not know file syntaxes.
/// </summary>
public sealed record SecretPlace(SourceFile Source, Location ValueLocation, SecretPlaceKind Kind, string? Name, string Value)
{
    /// <summary>What it is, for messages, followed by <see cref="Name"/>: "env file entry", "environment of service 'api':", "C# member"…</summary>
    public string Where { get; init; } = string.Empty;

    private string? _remedy;

    /// <summary>How to supply the value instead, in this kind of file.</summary>
    public string Remedy
    {
        get => _remedy ??= RemedyOf?.Invoke(this) ?? string.Empty;
        init => _remedy = value;
    }

    /// <summary>
    /// Makes <see cref="Remedy"/> from the place when a message first needs it: few places hold a secret, and a remedy
    /// that names the setting is a new string for each (a static lambda, so the places share one delegate).
    /// </summary>
    public System.Func<SecretPlace, string>? RemedyOf { get; init; }

    /// <summary>
    /// A documentation file (<c>.env.example</c>, <c>.env.template</c>…): its values are samples, so only values that
    /// look generated (random) are taken for real secrets there.
    /// </summary>
    public bool IsDocumentation { get; init; }

    /// <summary>
    /// Maps [start, start+length) of <see cref="Value"/> to the file when the value is not one piece of text there
    /// (a compose command list joined into one line); null to search the value's written text.
    /// </summary>
    public System.Func<int, int, Location>? Locator { get; init; }

    /// <summary>Where a secret found at [start, start+length) of <see cref="Value"/> is in the file.</summary>
    public Location LocationOf(int start, int length) =>
        Locator?.Invoke(start, length) ?? SecretLocator.Locate(Source, ValueLocation, Value, start, length);
}

using System;
using System.Collections.Generic;
using RedFire.Lint.Sources;

namespace RedFire.Lint.Env;

/// <summary>A parse error of an env file: where, what is wrong (never the value itself: it may be a secret) and how to fix it.</summary>
public sealed record EnvSyntaxError(Location Location, string Message, string Help);

/// <summary>A parsed env file (<c>.env</c>, <c>env_file:</c>): its statements in order, and the lines Compose would reject.</summary>
public sealed class EnvFile
{
    internal EnvFile(SourceFile source, IReadOnlyList<EnvEntry> entries, IReadOnlyList<EnvSyntaxError> errors)
    {
        Source = source;
        Entries = entries;
        Errors = errors;
        var variables = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var entry in entries)
            if (entry.Value is not null) variables[entry.Key] = entry.Value;
        Variables = variables;
    }

    public SourceFile Source { get; }

    /// <summary>Every statement in file order, duplicates included.</summary>
    public IReadOnlyList<EnvEntry> Entries { get; }

    /// <summary>The statements Compose would reject; the parser skipped them and went on with the next line.</summary>
    public IReadOnlyList<EnvSyntaxError> Errors { get; }

    /// <summary>The variables the file sets, as Compose reads them: the last entry of a key wins, unset inherited keys are absent.</summary>
    public IReadOnlyDictionary<string, string> Variables { get; }

    /// <summary>The entry that decides <paramref name="key"/>'s value (the last one), or null.</summary>
    public EnvEntry? Find(string key)
    {
        for (var i = Entries.Count - 1; i >= 0; i--)
            if (string.Equals(Entries[i].Key, key, StringComparison.Ordinal)) return Entries[i];
        return null;
    }
}

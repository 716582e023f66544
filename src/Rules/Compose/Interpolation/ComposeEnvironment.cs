using System;
using System.Collections.Generic;

namespace RedFire.Lint.Compose.Interpolation;

/// <summary>
/// The variables interpolation may read, and a description of where they come from, so a finding about an
/// unset variable can tell the user where to define it. Earlier sources win (the process environment, when
/// enabled, over env files), as in compose-go.
/// </summary>
public sealed class ComposeEnvironment
{
    private readonly Dictionary<string, string> _values = new(StringComparer.Ordinal);
    private readonly List<string> _sources = new();

    public static ComposeEnvironment Empty => new();

    public IReadOnlyDictionary<string, string> Values => _values;

    /// <summary>The places values came from, for messages ("compose/.env", "the process environment").</summary>
    public IReadOnlyList<string> Sources => _sources;

    public string? Lookup(string name) => _values.TryGetValue(name, out var value) ? value : null;

    /// <summary>
    /// Env files beside the project that Compose does not read by default (<c>.env.production</c>) and the variables
    /// they define: a finding about an unset variable can name the file to pass with <c>--env-file</c>.
    /// </summary>
    public IReadOnlyDictionary<string, string> OtherEnvFiles => _otherEnvFiles;

    private readonly Dictionary<string, string> _otherEnvFiles = new(StringComparer.Ordinal);

    internal void AddOtherEnvFile(string displayPath, IEnumerable<string> variables)
    {
        foreach (var name in variables)
            if (!_otherEnvFiles.ContainsKey(name)) _otherEnvFiles[name] = displayPath;
    }

    /// <summary>
    /// Variables the env file names only in a comment (<c>#SERVICE_BUS_PASSWORD=&lt;yours&gt;</c>): the author documents
    /// them as optional, so leaving them unset is deliberate.
    /// </summary>
    public IReadOnlyCollection<string> DocumentedUnset => _documentedUnset;

    private readonly HashSet<string> _documentedUnset = new(StringComparer.Ordinal);

    internal void AddDocumentedUnset(IEnumerable<string> names) => _documentedUnset.UnionWith(names);

    /// <summary>
    /// Variables whose value comes from the example a checkout ships in place of its <c>.env</c>: the user is meant to
    /// edit them (<c>UPLOAD_LOCATION=absolute_location_on_your_machine</c>), so what they name is the deployment's choice.
    /// </summary>
    public IReadOnlyCollection<string> ExampleValues => _exampleValues;

    private readonly HashSet<string> _exampleValues = new(StringComparer.Ordinal);

    internal void AddExampleValues(IEnumerable<string> names) => _exampleValues.UnionWith(names);

    /// <summary>
    /// Records that the cause of an unset variable was reported; false when it was already. The cause is the variable
    /// (the fix is one line in the env file: one finding per variable and project, at its first use), or the env file
    /// Compose was not given that defines it (one <c>--env-file</c> fixes them all: one finding per file).
    /// </summary>
    internal bool FirstReport(string cause) => _reportedUnset.Add(cause);

    private readonly HashSet<string> _reportedUnset = new(StringComparer.Ordinal);

    /// <summary>Records a place variables come from (or could: the project's .env even when missing).</summary>
    public void AddSource(string sourceName)
    {
        if (!_sources.Contains(sourceName)) _sources.Add(sourceName);
    }

    /// <summary>Adds variables that are not yet defined (earlier sources win).</summary>
    public void AddMissing(IEnumerable<KeyValuePair<string, string>> values)
    {
        foreach (var pair in values)
            if (!_values.ContainsKey(pair.Key)) _values[pair.Key] = pair.Value;
    }

}

using System;
using System.Collections.Generic;
using System.Linq;
using RedFire.Lint.Compose;
using RedFire.Lint.Compose.Interpolation;
using RedFire.Lint.Compose.Yaml;
using RedFire.Lint.Sources;

namespace RedFire.Lint.Secrets;

/// <summary>One scalar of a compose project with what it is to a secret rule: the setting it is the value of, and where.</summary>
internal sealed record ComposeValue(YamlScalar Scalar, SourceFile Source, string? Name, string Where);

/// <summary>
/// The places of a compose project (merged, before interpolation: <see cref="YamlScalar.Raw"/>): environment, labels
/// and build args in map or list form, command/entrypoint/healthcheck test as command lines, and every other
/// <c>key: value</c> anywhere (x- fields, driver options…) as a setting named by its key.
/// </summary>
internal static class ComposePlaces
{
    private static readonly HashSet<string> KeyValueLists = new(StringComparer.Ordinal) { "environment", "labels", "args" };
    private static readonly HashSet<string> Commands = new(StringComparer.Ordinal) { "command", "entrypoint", "test" };

    private const string Remedy =
        "take it from the environment instead (${NAME:?NAME is required}, set outside the repository) or mount it as a compose secret (secrets: and /run/secrets/…)";

    private static readonly string CommandRemedy = Remedy.Replace("${NAME:?NAME is required}", "${VARIABLE:?…}");

    public static IEnumerable<SecretPlace> Of(ComposeProject project)
    {
        var sources = Sources(project);
        var settings = new Settings(sources);
        foreach (var (node, name, where) in Walk(project))
        {
            if (name is not null && Commands.Contains(name))
            {
                var command = CommandPlace(node, sources, $"'{name}' of {where}");
                if (command is not null) yield return command;
                continue;
            }
            foreach (var value in settings.In(node, name, where))
                yield return new SecretPlace(value.Source, value.Scalar.Location, SecretPlaceKind.Setting, value.Name, value.Scalar.Raw)
                {
                    Where = value.Where,
                    RemedyOf = static place => place.Name is null ? Remedy : Remedy.Replace("NAME", place.Name),
                };
        }
    }

    /// <summary>
    /// Each interpolated variable that stands for a secret, once per place: the variable or the setting it fills is
    /// secret-named (<c>PASSWORD: ${PG_PASS}</c>, <c>URL: …${DB_PASSWORD}…</c>).
    /// </summary>
    public static IEnumerable<SecretVariableUse> SecretVariables(ComposeProject project)
    {
        var reported = new HashSet<Location>();
        foreach (var value in Values(project))
        {
            var settingIsSecret = value.Name is not null && SecretNames.IsSecret(value.Name);
            foreach (var variable in value.Scalar.Variables)
                if ((settingIsSecret || SecretNames.IsSecret(variable.Name)) && reported.Add(variable.Location))
                    yield return new SecretVariableUse(value, variable);
        }
    }

    /// <summary>Every scalar with the setting it belongs to (command arguments one by one), for reference checks.</summary>
    public static IEnumerable<ComposeValue> Values(ComposeProject project)
    {
        var sources = Sources(project);
        var settings = new Settings(sources);
        foreach (var (node, name, where) in Walk(project))
        {
            if (name is not null && Commands.Contains(name))
            {
                foreach (var argument in YamlViews.StringOrList(node))
                    if (sources.TryGetValue(argument.Location.File, out var source))
                        yield return new ComposeValue(argument, source, null, $"'{name}' of {where}");
                continue;
            }
            foreach (var value in settings.In(node, name, where)) yield return value;
        }
    }

    /// <summary>
    /// The project's nodes that hold values, depth-first and iteratively: each with the key it is under and a
    /// description of where it is ("service 'api'", "top level").
    /// </summary>
    private static IEnumerable<(YamlNode Node, string? Name, string Where)> Walk(ComposeProject project)
    {
        var pending = new Stack<(YamlNode Node, string? Name, string Where, bool InServices)>();
        pending.Push((project.Root, null, "top level", false));
        while (pending.Count > 0)
        {
            var (node, name, where, inServices) = pending.Pop();
            switch (node)
            {
                case YamlScalar:
                    yield return (node, name, where);
                    break;
                case YamlMapping map when name is not null && (KeyValueLists.Contains(name) || Commands.Contains(name)):
                    yield return (node, name, where);
                    break;
                case YamlSequence list when name is not null && (KeyValueLists.Contains(name) || Commands.Contains(name)):
                    yield return (node, name, where);
                    break;
                case YamlMapping map:
                    for (var i = map.Entries.Count - 1; i >= 0; i--)
                    {
                        var entry = map.Entries[i];
                        var entryWhere = inServices ? $"service '{entry.Key.Raw}'" : where;
                        pending.Push((entry.Value, entry.Key.Raw, entryWhere, name is null && entry.Key.Raw == "services"));
                    }
                    break;
                case YamlSequence list:
                    for (var i = list.Items.Count - 1; i >= 0; i--)
                        pending.Push((list.Items[i], list.Items[i] is YamlScalar ? null : name, where, false));
                    break;
            }
        }
    }

    /// <summary>
    /// The settings of one node of the walk: a scalar is the value of its key, a map or list (environment, labels, args)
    /// holds one per entry. Every scalar of a project is a place: the buffer and the "where" texts are reused from node to node.
    /// </summary>
    private sealed class Settings(IReadOnlyDictionary<string, SourceFile> sources)
    {
        private readonly List<ComposeValue> _found = new();
        private string? _where;
        private string _whereOfSetting = "";

        /// <summary>The node's settings; valid until the next call.</summary>
        public List<ComposeValue> In(YamlNode node, string? name, string where)
        {
            _found.Clear();
            if (node is YamlScalar scalar)
            {
                if (!scalar.IsNull && sources.TryGetValue(scalar.Location.File, out var source))
                    _found.Add(new ComposeValue(scalar, source, name, name is null ? where : WhereOfSetting(where)));
                return _found;
            }
            var entryWhere = $"{name} of {where}:";
            foreach (var entry in ComposeKeyValue.ListFrom(node))
                if (entry.Value is { } value && sources.TryGetValue(value.Location.File, out var source))
                    _found.Add(new ComposeValue(value, source, entry.Key.Raw, entryWhere));
            return _found;
        }

        // The keys of one mapping share their "where": made once per run of them, not once per key.
        private string WhereOfSetting(string where)
        {
            if (!ReferenceEquals(where, _where))
            {
                _where = where;
                _whereOfSetting = $"{where}:";
            }
            return _whereOfSetting;
        }
    }

    /// <summary>
    /// A command as one line: a string as written, a list joined by spaces (each argument keeps its place). Compose's
    /// <c>$$</c> escape becomes the <c>$</c> the container's shell sees: <c>$$REDIS_PASSWORD</c> is a variable there.
    /// </summary>
    private static SecretPlace? CommandPlace(YamlNode node, IReadOnlyDictionary<string, SourceFile> sources, string where)
    {
        var arguments = YamlViews.StringOrList(node).Where(a => sources.ContainsKey(a.Location.File)).ToArray();
        if (arguments.Length == 0) return null;
        var shellTexts = arguments.Select(a => a.Raw.Replace("$$", "$")).ToArray();
        var starts = new int[arguments.Length];
        var text = new System.Text.StringBuilder();
        for (var i = 0; i < arguments.Length; i++)
        {
            if (i > 0) text.Append(' ');
            starts[i] = text.Length;
            text.Append(shellTexts[i]);
        }
        return new SecretPlace(sources[arguments[0].Location.File], node.Location, SecretPlaceKind.Command, null, text.ToString())
        {
            Where = where,
            Remedy = CommandRemedy,
            Locator = (start, length) =>
            {
                var index = Array.FindLastIndex(starts, s => s <= start);
                var argument = arguments[index];
                var offset = start - starts[index];
                return SecretLocator.Locate(sources[argument.Location.File], argument.Location, shellTexts[index], offset, Math.Min(length, shellTexts[index].Length - offset));
            },
        };
    }

    private static IReadOnlyDictionary<string, SourceFile> Sources(ComposeProject project)
    {
        var sources = new Dictionary<string, SourceFile>(StringComparer.Ordinal);
        foreach (var file in project.Files) sources[file.Path] = file;
        return sources;
    }
}

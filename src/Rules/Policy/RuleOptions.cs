using System;
using System.Collections.Generic;
using System.Linq;
using Newtonsoft.Json.Linq;

namespace RedFire.Lint.Policy;

/// <summary>A rule's options from the config file ("rules": {"RF1002": {"options": {...}}}).</summary>
public sealed class RuleOptions
{
    private readonly JObject _values;

    public RuleOptions(JObject? values) => _values = values ?? new JObject();

    public static RuleOptions Empty { get; } = new(null);

    public string GetString(string name, string defaultValue) =>
        _values.TryGetValue(name, StringComparison.Ordinal, out var token) && token.Type == JTokenType.String ? (string)token! : defaultValue;

    public bool GetBool(string name, bool defaultValue) =>
        _values.TryGetValue(name, StringComparison.Ordinal, out var token) && token.Type == JTokenType.Boolean ? (bool)token : defaultValue;

    public int GetInt(string name, int defaultValue) =>
        _values.TryGetValue(name, StringComparison.Ordinal, out var token) && token.Type == JTokenType.Integer ? (int)token : defaultValue;

    public IReadOnlyList<string> GetStrings(string name, IReadOnlyList<string> defaultValue) =>
        _values.TryGetValue(name, StringComparison.Ordinal, out var token) && token is JArray array
            ? array.Where(t => t.Type == JTokenType.String).Select(t => (string)t!).ToArray()
            : defaultValue;
}

using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Newtonsoft.Json.Linq;
using NJsonSchema;
using RedFire.Lint.Findings;

namespace RedFire.Lint.Catalog;

/// <summary>
/// The catalogue of rules: rules.json, embedded in this assembly. A catalogue is validated against
/// rules.schema.json when parsed, so a malformed one fails loudly at once rather than misreporting later; the
/// embedded one is the file the tests validate, so it is not validated again at every start (loading the schema
/// was a fifth of the time a one-file run took).
/// </summary>
public sealed class RuleCatalog
{
    private readonly Dictionary<string, RuleDescriptor> _byId;

    private RuleCatalog(IReadOnlyList<RuleDescriptor> rules)
    {
        Rules = rules;
        _byId = rules.ToDictionary(r => r.Id, StringComparer.Ordinal);
    }

    public IReadOnlyList<RuleDescriptor> Rules { get; }

    public static RuleCatalog Default => LazyDefault.Value;

    public RuleDescriptor this[string id] =>
        _byId.TryGetValue(id, out var rule) ? rule : throw new KeyNotFoundException($"Rule {id} is not in rules.json.");

    public bool TryGet(string id, out RuleDescriptor rule) => _byId.TryGetValue(id, out rule!);

    /// <summary>Our ids whose aliases name the given peer rule (e.g. "hadolint:DL3002", "buildkit:JSONArgsRecommended").</summary>
    public IEnumerable<RuleDescriptor> ByAlias(string alias) =>
        Rules.Where(r => r.Aliases.Any(a => string.Equals(a, alias, StringComparison.OrdinalIgnoreCase)));

    public static RuleCatalog Parse(string json, string schemaJson)
    {
        var schema = JsonSchema.FromJsonAsync(schemaJson).GetAwaiter().GetResult();
        var errors = schema.Validate(json);
        if (errors.Count > 0)
            throw new InvalidDataException("rules.json does not match rules.schema.json: " +
                string.Join("; ", errors.Select(e => $"{e.Path} (line {e.LineNumber}): {e.Kind}")));
        return FromValidJson(json);
    }

    private static RuleCatalog FromValidJson(string json)
    {
        var rules = JObject.Parse(json)["rules"]!.Select(r => new RuleDescriptor(
            (string)r["id"]!,
            (string)r["title"]!,
            (string)r["category"]!,
            SeverityNames.TryParse((string?)r["defaultSeverity"], out var severity) ? severity : Severity.Warning,
            (string)r["description"]!,
            (string)r["helpUri"]!,
            r["aliases"]?.Select(a => (string)a!).ToArray() ?? [])
        {
            Profile = RuleProfiles.TryParse((string?)r["profile"], out var profile) ? profile : RuleProfile.Recommended,
            ProductionOnly = (bool?)r["productionOnly"] ?? false,
        }).ToList();

        var duplicate = rules.GroupBy(r => r.Id).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
            throw new InvalidDataException($"rules.json lists {duplicate.Key} more than once.");
        return new RuleCatalog(rules);
    }

    internal static string ReadResource(string name)
    {
        using var stream = typeof(RuleCatalog).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"Resource {name} is missing from the build.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    private static readonly Lazy<RuleCatalog> LazyDefault = new(() => FromValidJson(ReadResource("RedFire.Lint.rules.json")));
}

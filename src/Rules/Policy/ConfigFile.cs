using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using NJsonSchema;
using NJsonSchema.Validation;
using RedFire.Lint.Catalog;
using RedFire.Lint.Engine;
using RedFire.Lint.Findings;
using RedFire.Lint.Sources;

namespace RedFire.Lint.Policy;

/// <summary>
/// A <c>.redfire-lint.json</c>: validated against config.schema.json, then read into severities, rule options,
/// include/exclude globs and policy values. Anything wrong is a <see cref="ConfigurationException"/> that names
/// the file, the position and the key.
/// </summary>
public sealed class ConfigFile
{
    public const string FileName = ".redfire-lint.json";

    private ConfigFile(string path) => Path = path;

    /// <summary>In a class of its own: <see cref="Find"/> runs on every start, and a static field of this type would load NJsonSchema.</summary>
    private static class NJsonSchemaConfig
    {
        public static readonly Lazy<JsonSchema> Schema = new(() =>
            JsonSchema.FromJsonAsync(RuleCatalog.ReadResource("RedFire.Lint.config.schema.json")).GetAwaiter().GetResult());
    }

    /// <summary>The file's absolute path; include/exclude globs are relative to its directory.</summary>
    public string Path { get; }

    public IReadOnlyDictionary<string, Severity> Severities { get; private set; } = new Dictionary<string, Severity>();

    public IReadOnlyDictionary<string, RuleOptions> Options { get; private set; } = new Dictionary<string, RuleOptions>();

    public PathFilter Files { get; private set; } = PathFilter.All;

    public LintPolicy Policy { get; private set; } = LintPolicy.Default;

    /// <summary>The profile named by "extends"; null when the file names none.</summary>
    public RuleProfile? Profile { get; private set; }

    /// <summary>The "developmentFiles" globs; null when the file keeps the default list.</summary>
    public DevelopmentFiles? DevelopmentFiles { get; private set; }

    /// <summary><c>"readOutsideRoot": true</c>: follow references and links out of the linted directories.</summary>
    public bool ReadOutsideRoot { get; private set; }

    /// <summary>The nearest config file walking up from each start directory in turn; null when there is none.</summary>
    public static string? Find(IReadOnlyList<string> startDirectories, IFileSystem fileSystem)
    {
        // A thousand files named on the command line share their parent folders: each folder is looked in once, and
        // the folders of all of them are looked in in parallel (the first start's nearest file is the same either way).
        var nearest = new NearestFolder(directory => fileSystem.FileExists(System.IO.Path.Combine(directory, FileName)));
        var folder = nearest.OfEach(startDirectories).FirstOrDefault(found => found is not null);
        return folder is null ? null : System.IO.Path.Combine(folder, FileName);
    }

    /// <summary>Reads and validates a config file.</summary>
    /// <param name="fullPath">Absolute path of the file.</param>
    /// <param name="displayPath">How errors name the file (relative to the working directory).</param>
    public static ConfigFile Load(string fullPath, string displayPath, IFileSystem fileSystem, RuleCatalog catalog)
    {
        var text = fileSystem.ReadAllText(fullPath) ?? throw new ConfigurationException(displayPath, 0, 0, "the file does not exist or cannot be read");
        return Parse(fullPath, displayPath, text, catalog);
    }

    public static ConfigFile Parse(string fullPath, string displayPath, string text, RuleCatalog catalog)
    {
        JObject root;
        try
        {
            using var reader = new JsonTextReader(new StringReader(text)) { DateParseHandling = DateParseHandling.None };
            var token = JToken.ReadFrom(reader, new JsonLoadSettings { LineInfoHandling = LineInfoHandling.Load, DuplicatePropertyNameHandling = DuplicatePropertyNameHandling.Error });
            root = token as JObject ?? throw new ConfigurationException(displayPath, 1, 1, "the configuration must be a JSON object");
            while (reader.Read())
            {
                // Comments may follow the object; anything else makes the reader throw.
            }
        }
        catch (JsonReaderException e)
        {
            throw new ConfigurationException(displayPath, e.LineNumber, e.LinePosition, "invalid JSON: " + FirstSentence(e.Message));
        }

        var errors = NJsonSchemaConfig.Schema.Value.Validate(root).SelectMany(Flatten).OrderBy(e => e.LineNumber).ThenBy(e => e.LinePosition).ToArray();
        if (errors.Length > 0)
        {
            var first = errors[0];
            var (line, column) = JsonTokenStart.Find(text, first.LineNumber, first.LinePosition);
            throw new ConfigurationException(displayPath, line, column, ConfigErrorText.Describe(first));
        }

        var file = new ConfigFile(fullPath);
        file.ReadRules(root["rules"] as JObject, text, displayPath, catalog);
        var directory = System.IO.Path.GetDirectoryName(fullPath) ?? ".";
        file.Files = new PathFilter(directory, Strings(root["include"]), Strings(root["exclude"]));
        file.Policy = ReadPolicy(root["policy"] as JObject) with { ComposeProjects = ReadProjects(root["projects"], directory) };
        if (RuleProfiles.TryParse((string?)root["extends"], out var profile)) file.Profile = profile;
        if (root["developmentFiles"] is JArray development) file.DevelopmentFiles = new DevelopmentFiles(directory, Strings(development));
        file.ReadOutsideRoot = root["readOutsideRoot"] is JValue { Type: JTokenType.Boolean } outside && (bool)outside;
        return file;
    }

    /// <summary>The file's settings but severities (whose precedence differs per surface) on top of a configuration.</summary>
    public LintConfiguration AppliedTo(LintConfiguration configuration) => configuration with
    {
        Options = Options,
        Files = Files,
        Policy = Policy,
        Profile = Profile ?? configuration.Profile,
        DevelopmentFiles = DevelopmentFiles ?? configuration.DevelopmentFiles,
        ReadOutsideRoot = ReadOutsideRoot,
    };

    private void ReadRules(JObject? rules, string text, string displayPath, RuleCatalog catalog)
    {
        var severities = new Dictionary<string, Severity>(StringComparer.Ordinal);
        var options = new Dictionary<string, RuleOptions>(StringComparer.Ordinal);
        foreach (var rule in rules?.Properties() ?? [])
        {
            if (!catalog.TryGet(rule.Name, out _))
            {
                var at = (IJsonLineInfo)rule;
                var (line, column) = JsonTokenStart.Find(text, at.LineNumber, at.LinePosition);
                throw new ConfigurationException(displayPath, line, column,
                    $"'rules.{rule.Name}': there is no rule {rule.Name} (see the rule table in the README)");
            }
            // The schema allows a severity string or {"severity", "options"}.
            var settings = rule.Value as JObject;
            var severityText = settings is null ? (string?)rule.Value : (string?)settings["severity"];
            if (severityText is not null && SeverityNames.TryParse(severityText, out var severity)) severities[rule.Name] = severity;
            if (settings?["options"] is JObject ruleOptions) options[rule.Name] = new RuleOptions(ruleOptions);
        }
        Severities = severities;
        Options = options;
    }

    private static LintPolicy ReadPolicy(JObject? policy)
    {
        var result = LintPolicy.Default;
        if (policy is null) return result;
        if (policy["portsClassName"] is JValue { Type: JTokenType.String } ports) result = result with { PortsClassName = (string)ports! };
        if (policy["gatewayService"] is JValue { Type: JTokenType.String } gateway) result = result with { GatewayService = (string)gateway! };
        if (policy["dataStoreImages"] is JArray dataStores) result = result with { DataStoreImages = Strings(dataStores) };
        if (policy["privilegeDroppingImages"] is JArray dropping) result = result with { PrivilegeDroppingImages = Strings(dropping) };
        if (policy["runtimeSocketImages"] is JArray socketImages) result = result with { RuntimeSocketImages = Strings(socketImages) };
        if (policy["hostMonitorImages"] is JArray monitors) result = result with { HostMonitorImages = Strings(monitors) };
        if (policy["trustedRegistries"] is JArray registries) result = result with { TrustedRegistries = Strings(registries) };
        if (policy["labelSchema"] is JObject labels)
            result = result with { LabelSchema = labels.Properties().Where(p => p.Value.Type == JTokenType.String).ToDictionary(p => p.Name, p => (string)p.Value!, StringComparer.Ordinal) };
        if (policy["strictLabels"] is JValue { Type: JTokenType.Boolean } strict) result = result with { StrictLabels = (bool)strict };
        return result;
    }

    /// <summary>The <c>projects</c> setting: lists of compose files relative to the config file's directory, made absolute.</summary>
    private static IReadOnlyList<IReadOnlyList<string>> ReadProjects(JToken? projects, string directory) =>
        projects is JArray sets
            ? sets.OfType<JArray>().Select(set => (IReadOnlyList<string>)Strings(set)
                .Select(f => System.IO.Path.GetFullPath(System.IO.Path.Combine(directory, f)).Replace('\\', '/')).ToArray()).ToArray()
            : [];

    private static IReadOnlyList<string> Strings(JToken? token) =>
        token is JArray array ? array.Where(t => t.Type == JTokenType.String).Select(t => (string)t!).ToArray() : [];

    /// <summary>
    /// Nested failures carry the real cause. For oneOf/anyOf, when exactly one alternative has the value's type
    /// (the object form of a rule's setting), its errors are the useful ones ("unknown key 'x'").
    /// </summary>
    private static IEnumerable<ValidationError> Flatten(ValidationError error)
    {
        if (error is not ChildSchemaValidationError child) return [error];
        var branches = child.Errors.Values.Where(errors => errors.Count > 0).ToArray();
        if (error.Kind is not (ValidationErrorKind.NotOneOf or ValidationErrorKind.NotAnyOf))
            return branches.SelectMany(e => e).SelectMany(Flatten).DefaultIfEmpty(error);
        var sameType = branches.Where(errors => !errors.Any(e => e.Path == error.Path && IsTypeMismatch(e.Kind))).ToArray();
        return sameType.Length == 1 ? sameType[0].SelectMany(Flatten) : [error];
    }

    private static bool IsTypeMismatch(ValidationErrorKind kind) => kind is ValidationErrorKind.ObjectExpected or ValidationErrorKind.StringExpected
        or ValidationErrorKind.ArrayExpected or ValidationErrorKind.NotInEnumeration or ValidationErrorKind.NoTypeValidates;

    private static string FirstSentence(string message)
    {
        var end = message.IndexOf(". Path", StringComparison.Ordinal);
        return end > 0 ? message.Substring(0, end) : message;
    }
}

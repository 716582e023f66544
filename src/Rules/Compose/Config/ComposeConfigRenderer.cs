using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using RedFire.Lint.Catalog;
using RedFire.Lint.Compose.Loading;
using RedFire.Lint.Compose.Yaml;
using RedFire.Lint.Engine;
using RedFire.Lint.Findings;
using RedFire.Lint.Rules;
using RedFire.Lint.Sources;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace RedFire.Lint.Compose.Config;

/// <summary>What <c>redfire-lint config</c> was asked: files (<c>-f</c>, relative to the working directory), env file, format.</summary>
public sealed record ComposeConfigRequest(IReadOnlyList<string> Files, string WorkingDirectory)
{
    public string? EnvFile { get; init; }

    /// <summary><c>yaml</c> or <c>json</c>.</summary>
    public string Format { get; init; } = "yaml";

    public IFileSystem FileSystem { get; init; } = PhysicalFileSystem.Instance;

    /// <summary>Read files outside the directories of the named files (<c>"readOutsideRoot"</c>); by default they are reported, not printed.</summary>
    public bool ReadOutsideRoot { get; init; }

    /// <summary>The profile and severities the load findings are reported with, as when linting.</summary>
    public Policy.LintConfiguration Configuration { get; init; } = Policy.LintConfiguration.Default;
}

/// <summary>The rendered project (null when nothing could be loaded) and the load findings (for standard error).</summary>
public sealed record ComposeConfigResult(string? Output, IReadOnlyList<Diagnostic> Diagnostics)
{
    public bool HasErrors => Output is null || Diagnostics.Any(d => d.Severity == Severity.Error);
}

/// <summary>
/// <c>docker compose config</c> for the linter: the project as the linter sees it — files merged, variables
/// interpolated from the project's .env or the given env file (not the shell, as when linting), extends and
/// include applied — printed as YAML or JSON, with values of secret-named keys masked.
/// </summary>
public static class ComposeConfigRenderer
{
    private static readonly string[] DefaultFiles = ["compose.yaml", "compose.yml", "docker-compose.yml", "docker-compose.yaml"];
    private static readonly string[] OverrideFiles = ["compose.override.yaml", "compose.override.yml", "docker-compose.override.yml", "docker-compose.override.yaml"];

    public static ComposeConfigResult Render(ComposeConfigRequest request)
    {
        var files = request.Files.Count > 0
            ? request.Files.Select(f => ComposePaths.Resolve(request.WorkingDirectory, f)).ToArray()
            : DefaultProjectFiles(request.WorkingDirectory, request.FileSystem);
        var findings = new List<Finding>();
        if (files.Count == 0)
        {
            findings.Add(RuleContext.Render(RuleIds.ComposeLoad, Location.StartOf("."),
                $"no compose file found: none of {string.Join(", ", DefaultFiles)} exists in {request.WorkingDirectory} or its parents; name one with -f FILE.", []));
            return new ComposeConfigResult(null, ToDiagnostics(findings, request));
        }

        var options = new ComposeLoadOptions
        {
            EnvFiles = request.EnvFile is null ? [] : [ComposePaths.Resolve(request.WorkingDirectory, request.EnvFile)],
            EnvExampleStandsIn = false,
        };
        // The files the user named are the tree; what they reach outside it is reported, never printed.
        var boundary = request.ReadOutsideRoot ? ReadBoundary.Anywhere
            : ReadBoundary.Within(files.Concat(options.EnvFiles).Select(ComposePaths.Directory), request.FileSystem);
        var sources = new Dictionary<string, SourceFile?>(StringComparer.Ordinal);
        SourceFile? GetSource(string path)
        {
            if (!sources.TryGetValue(path, out var source))
                sources[path] = source = boundary.Read(request.FileSystem, path, DisplayPaths.Relative(request.WorkingDirectory, path), FileClassifier.Classify(path));
            return source;
        }
        var loader = new ComposeProjectLoader(GetSource, (id, location, message, help) => findings.Add(RuleContext.Render(id, location, message, [], help)),
            options, path => DisplayPaths.Relative(request.WorkingDirectory, path), request.FileSystem.EnumerateFiles);
        var project = loader.Load(files);
        var output = project is null ? null
            : string.Equals(request.Format, "json", StringComparison.OrdinalIgnoreCase) ? RenderJson(project) : RenderYaml(project);
        return new ComposeConfigResult(output, ToDiagnostics(findings, request));
    }

    /// <summary>compose.yaml (or its docker-compose / .yml spellings) and its override, in this directory or the nearest parent.</summary>
    private static IReadOnlyList<string> DefaultProjectFiles(string workingDirectory, IFileSystem fileSystem)
    {
        for (var directory = ComposePaths.Normalize(workingDirectory); ; directory = ComposePaths.Directory(directory))
        {
            var main = DefaultFiles.Select(f => directory.TrimEnd('/') + "/" + f).FirstOrDefault(fileSystem.FileExists);
            if (main is not null)
                return [main, .. OverrideFiles.Select(f => directory.TrimEnd('/') + "/" + f).Where(fileSystem.FileExists).Take(1)];
            if (directory is "/" or "." || ComposePaths.Directory(directory) == directory) return [];
        }
    }

    /// <summary>Each finding at its severity under the configuration's profile and settings (off: not printed).</summary>
    private static IReadOnlyList<Diagnostic> ToDiagnostics(IEnumerable<Finding> findings, ComposeConfigRequest request) =>
        findings.Select(f => new Diagnostic(f.RuleId,
                Linter.EffectiveSeverity(f.RuleId, request.Configuration, RuleCatalog.Default, Path.GetFullPath(Path.Combine(request.WorkingDirectory, f.Location.File))),
                f.Location, f.Message, RuleCatalog.Default.TryGet(f.RuleId, out var r) ? r.HelpUri : string.Empty) { Help = f.Help })
            .Where(d => d.Severity != Severity.None)
            .Distinct()
            .OrderBy(d => d.Location.File, StringComparer.Ordinal).ThenBy(d => d.Location.Line).ThenBy(d => d.Location.Column)
            .ToArray();

    private static string RenderJson(ComposeProject project)
    {
        var token = Masked(Schema.ComposeJson.Plain(Document(project)), null);
        return token.ToString(Formatting.Indented) + Environment.NewLine;
    }

    /// <summary>The merged document with the project name first, as <c>docker compose config</c> prints it.</summary>
    private static YamlMapping Document(ComposeProject project)
    {
        var nameKey = YamlScalar.Synthetic("name", project.Location);
        var entries = new List<YamlEntry> { new(nameKey, YamlScalar.Synthetic(project.Name, project.Location)) };
        foreach (var entry in project.Root.Entries.Where(e => e.Name != "name" && e.Name != "version" && e.Name != "include"))
            entries.Add(entry.Name == "services" && entry.Value is YamlMapping services ? new YamlEntry(entry.Key, WithListForms(services)) : entry);
        return new YamlMapping(project.Root.Location, null, entries);
    }

    /// <summary>
    /// Key/value attributes printed as <c>KEY=value</c> lists, the form compose-go merges into: it keeps <c>KEY</c>
    /// (taken from the shell) apart from <c>KEY=</c> (empty), and repeated extra_hosts addresses.
    /// </summary>
    private static YamlMapping WithListForms(YamlMapping services)
    {
        var result = new YamlMapping(services.Location, services.Tag);
        foreach (var service in services.Entries)
        {
            if (service.Value is not YamlMapping map)
            {
                result.Add(service);
                continue;
            }
            var rewritten = new YamlMapping(map.Location, map.Tag, map.Entries.ToList());
            foreach (var attribute in new[] { "environment", "labels", "annotations", "extra_hosts" })
                Rewrite(rewritten, attribute);
            foreach (var (parent, attribute) in new[] { ("build", "args"), ("build", "labels"), ("deploy", "labels") })
            {
                if (rewritten.Find(parent) is not { Value: YamlMapping inner } entry) continue;
                var copy = new YamlMapping(inner.Location, inner.Tag, inner.Entries.ToList());
                Rewrite(copy, attribute);
                rewritten.Set(new YamlEntry(entry.Key, copy));
            }
            result.Add(new YamlEntry(service.Key, rewritten));
        }
        return result;
    }

    private static void Rewrite(YamlMapping owner, string attribute)
    {
        if (owner.Find(attribute) is not { Value: YamlMapping map } entry) return;
        var items = new List<YamlNode>();
        foreach (var pair in map.Entries)
        {
            var values = pair.Value is YamlSequence many ? many.Items : [pair.Value];
            foreach (var value in values)
            {
                var text = value is YamlScalar { IsNull: true } ? pair.Name : pair.Name + "=" + (value as YamlScalar)?.Value;
                items.Add(new YamlScalar(value.Location, null, text, ScalarStyle.DoubleQuoted));
            }
        }
        owner.Set(new YamlEntry(entry.Key, new YamlSequence(map.Location, null, items)));
    }

    private static JToken Masked(JToken token, string? key)
    {
        switch (token)
        {
            case JObject obj:
                foreach (var property in obj.Properties().ToArray()) property.Value = Masked(property.Value, property.Name);
                return obj;
            case JArray array:
                for (var i = 0; i < array.Count; i++)
                    array[i] = array[i] is JValue { Type: JTokenType.String } item ? new JValue(SecretMasking.ForText((string)item!)) : Masked(array[i], null);
                return array;
            case JValue { Type: JTokenType.String } value when key is not null:
                return new JValue(SecretMasking.ForKey(key, (string)value!));
            default:
                return token;
        }
    }

    private static string RenderYaml(ComposeProject project)
    {
        using var writer = new StringWriter();
        var emitter = new Emitter(writer);
        emitter.Emit(new StreamStart());
        emitter.Emit(new DocumentStart());
        Emit(emitter, Document(project), null);
        emitter.Emit(new DocumentEnd(true));
        emitter.Emit(new StreamEnd());
        return writer.ToString();
    }

    /// <summary>Emits a node; depth is bounded by the reader's nesting limit.</summary>
    private static void Emit(IEmitter emitter, YamlNode node, string? key)
    {
        switch (node)
        {
            case YamlMapping map:
                emitter.Emit(new MappingStart());
                foreach (var entry in map.Entries)
                {
                    if (entry.Value.IsReset) continue;
                    emitter.Emit(new Scalar(entry.Name));
                    Emit(emitter, entry.Value, entry.Name);
                }
                emitter.Emit(new MappingEnd());
                break;
            case YamlSequence list:
                emitter.Emit(new SequenceStart(null, null, false, SequenceStyle.Block));
                foreach (var item in list.Items)
                {
                    if (item is YamlScalar { IsNull: false, Kind: YamlScalarKind.String } text)
                        EmitScalar(emitter, SecretMasking.ForText(text.Value), quoted: true);
                    else Emit(emitter, item, null);
                }
                emitter.Emit(new SequenceEnd());
                break;
            case YamlScalar scalar:
                if (scalar.IsNull) emitter.Emit(new Scalar(null, null, "null", ScalarStyle.Plain, true, false));
                else if (scalar.Kind == YamlScalarKind.String) EmitScalar(emitter, key is null ? scalar.Value : SecretMasking.ForKey(key, scalar.Value), quoted: true);
                else EmitScalar(emitter, scalar.Value, quoted: false);
                break;
        }
    }

    /// <summary>Strings that would read back as another type (<c>"8080"</c>, <c>"true"</c>) are double-quoted.</summary>
    private static void EmitScalar(IEmitter emitter, string value, bool quoted)
    {
        var probe = YamlScalar.Synthetic(value, Location.StartOf("."));
        var needsQuotes = quoted && (probe.Kind != YamlScalarKind.String || value.Length == 0);
        emitter.Emit(new Scalar(null, null, value, needsQuotes ? ScalarStyle.DoubleQuoted : ScalarStyle.Any, !needsQuotes, needsQuotes));
    }
}

using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using RedFire.Lint.Compose.Interpolation;
using RedFire.Lint.Compose.Yaml;
using RedFire.Lint.Rules;
using RedFire.Lint.Sources;

namespace RedFire.Lint.Compose.Loading;

/// <summary>
/// Loads one project the way compose-go does: each file parsed, interpolated with the project's variables and
/// validated on its own, its <c>extends</c> and <c>include</c> resolved, then the files merged in order; the model
/// is built from the result and cross-service references checked. Problems are findings, never exceptions.
/// </summary>
public sealed class ComposeProjectLoader
{
    private readonly Func<string, SourceFile?> _getSource;
    private readonly Func<string, string> _displayPath;
    private readonly Func<string, IEnumerable<string>> _listDirectory;
    private readonly FindingSink _report;
    private readonly ComposeLoadOptions _options;
    private readonly YamlFileCache _parses;
    private readonly HashSet<string> _referenced = new(StringComparer.Ordinal);
    private readonly List<SourceFile> _files = new();

    /// <param name="getSource">Reads a file by absolute path (null when missing).</param>
    /// <param name="report">Receives syntax, schema and load findings.</param>
    /// <param name="displayPath">How an absolute path is shown in messages.</param>
    /// <param name="listDirectory">The files of a directory (absolute paths), to point at env files Compose would not read.</param>
    /// <param name="parses">Parsed files shared with the run's other projects.</param>
    public ComposeProjectLoader(Func<string, SourceFile?> getSource, FindingSink report, ComposeLoadOptions? options = null,
        Func<string, string>? displayPath = null, Func<string, IEnumerable<string>>? listDirectory = null, YamlFileCache? parses = null)
    {
        _parses = parses ?? new YamlFileCache();
        _listDirectory = listDirectory ?? (_ => []);
        _getSource = getSource;
        _displayPath = displayPath ?? (p => p);
        _report = report;
        _options = options ?? ComposeLoadOptions.Default;
    }

    /// <summary>Files other files reached through <c>include</c> or <c>extends.file</c> (absolute paths).</summary>
    public IReadOnlyCollection<string> ReferencedFiles => _referenced;

    /// <summary>Loads the project of <paramref name="files"/> (absolute paths, <c>-f</c> order); null when nothing loadable.</summary>
    /// <param name="certainty">Whether what the files lack is an error or expected from files the linter does not know.</param>
    public ComposeProject? Load(IReadOnlyList<string> files, ProjectCertainty certainty = ProjectCertainty.Stated)
    {
        var project = Load(files, _options, new Stack<string>(), null);
        if (project is not null) ComposeReferenceChecks.Check(project, certainty, _report);
        return project;
    }

    /// <summary>Loads files without checking references: Compose checks an included project only as part of the including one.</summary>
    private ComposeProject? Load(IReadOnlyList<string> files, ComposeLoadOptions options, Stack<string> includeChain, Location? includedAt)
    {
        if (files.Count == 0) return null;
        var projectDirectory = options.ProjectDirectory ?? ComposePaths.Directory(files[0]);
        var environment = BuildEnvironment(projectDirectory, options, includedAt);
        var context = new FileContext(environment, projectDirectory, includeChain);

        YamlMapping? merged = null;
        foreach (var file in files)
        {
            var root = LoadFile(file, context, includedAt);
            if (root is null) continue;
            merged = merged is null ? root : ComposeMerger.MergeFiles(merged, root);
        }
        if (merged is null) return null;

        var main = _files.FirstOrDefault(f => files.Contains(f.FullPath)) ?? _files[0];
        var name = ProjectName(merged, projectDirectory, environment);
        // COMPOSE_PROFILES in .env enables profiles like --profile does.
        var profiles = options.Profiles.Concat((environment.Lookup("COMPOSE_PROFILES") ?? string.Empty)
            .Split(new[] { ',' }, StringSplitOptions.RemoveEmptyEntries).Select(p => p.Trim())).ToArray();
        var services = BuildServices(merged, context, profiles);
        return new ComposeProject(name, projectDirectory, _files.Distinct().OrderBy(f => f == main ? 0 : 1).ToArray(), merged, environment, services);
    }

    /// <param name="includedAt">The include that loads this project, where an env file that must not be read is reported.</param>
    private ComposeEnvironment BuildEnvironment(string projectDirectory, ComposeLoadOptions options, Location? includedAt)
    {
        var environment = new ComposeEnvironment();
        var shell = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var pair in options.Variables) shell[pair.Key] = pair.Value;
        if (options.UseProcessEnvironment)
        {
            foreach (System.Collections.DictionaryEntry pair in System.Environment.GetEnvironmentVariables())
                if (pair.Key is string key && pair.Value is string value && !shell.ContainsKey(key)) shell[key] = value;
        }
        environment.AddMissing(shell);
        if (options.Including is { } including)
        {
            foreach (var place in including.Sources) environment.AddSource(place);
            environment.AddMissing(including.Values);
            environment.AddDocumentedUnset(including.DocumentedUnset);
            environment.AddExampleValues(including.ExampleValues);
        }

        var envFiles = options.EnvFiles.Count > 0 ? options.EnvFiles : [DefaultEnvFile(projectDirectory, options)];
        var fromFiles = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var path in envFiles)
        {
            environment.AddSource(_displayPath(path));
            var source = _getSource(path);
            if (source is null)
            {
                if (options.EnvFiles.Count > 0)
                    _report(RuleIds.ComposeLoad, Location.StartOf(_displayPath(path)), $"The env file {_displayPath(path)} given with --env-file does not exist.", $"Create the file or fix the --env-file path.");
                continue;
            }
            if (source.IsUnreadable)
            {
                var at = includedAt ?? Location.StartOf(source.Path);
                _report(RuleIds.UnreadableFile, at, source.NotLintedMessage(at), source.NotLintedHelp);
                continue;
            }
            // Later files win over earlier ones; the shell wins over all (compose-go).
            var read = EnvFileVariables.Read(source, key => shell.TryGetValue(key, out var v) ? v : fromFiles.TryGetValue(key, out var f) ? f : null);
            foreach (var pair in read) fromFiles[pair.Key] = pair.Value;
            environment.AddDocumentedUnset(EnvFileVariables.CommentedOut(source));
            if (options.EnvFiles.Count == 0 && !path.EndsWith("/.env", StringComparison.Ordinal)) environment.AddExampleValues(read.Keys);
        }
        environment.AddMissing(fromFiles);
        if (options.EnvFiles.Count == 0) AddOtherEnvFiles(environment, projectDirectory);
        return environment;
    }

    /// <summary>
    /// The project's <c>.env</c>; in a checkout without one, the template the setup copies to it, since the variables
    /// it defines are set in every deployment that follows the project's instructions.
    /// </summary>
    private string DefaultEnvFile(string projectDirectory, ComposeLoadOptions options)
    {
        var dotEnv = ComposePaths.Resolve(projectDirectory, ".env");
        if (!options.EnvExampleStandsIn || _getSource(dotEnv) is not null) return dotEnv;
        return EnvExamples.Find(dotEnv, path => _getSource(path) is not null) ?? dotEnv;
    }

    /// <summary>Env files beside the project that Compose ignores without --env-file (.env.production, prod.env).</summary>
    private void AddOtherEnvFiles(ComposeEnvironment environment, string projectDirectory)
    {
        foreach (var path in _listDirectory(projectDirectory).OrderBy(p => p, StringComparer.Ordinal))
        {
            var name = path.Substring(path.LastIndexOf('/') + 1);
            if (name == ".env" || EnvExamples.NamesFor(".env").Contains(name) || FileClassifier.Classify(path) != FileKind.Env) continue;
            if (_getSource(path) is { IsUnreadable: false } source)
                environment.AddOtherEnvFile(source.Path, EnvFileVariables.Read(source, _ => null).Keys);
        }
    }

    /// <summary>Parses, interpolates and validates one file and resolves its extends and includes.</summary>
    private YamlMapping? LoadFile(string path, FileContext context, Location? referencedAt)
    {
        var root = ReadFile(path, context, referencedAt);
        if (root is null) return null;
        var source = _files.Last(f => f.FullPath == path);
        root = new ExtendsResolver(this, context, _report).Resolve(root, source);
        return IncludeInto(root, source, context);
    }

    /// <summary>Parses and interpolates one file (no extends/include): the unit compose-go validates.</summary>
    internal YamlMapping? ReadFile(string path, FileContext context, Location? referencedAt)
    {
        var source = _getSource(path);
        if (source is null)
        {
            _report(RuleIds.ComposeLoad, referencedAt ?? Location.StartOf(_displayPath(path)), $"The compose file {_displayPath(path)} does not exist.", $"Create the file or fix the path that names it.");
            return null;
        }
        if (source.IsUnreadable)
        {
            var at = referencedAt ?? Location.StartOf(source.Path);
            _report(RuleIds.UnreadableFile, at, source.NotLintedMessage(at), source.NotLintedHelp);
            return null;
        }
        if (!_files.Contains(source)) _files.Add(source);
        var yaml = _parses.Read(source, _report);
        if (yaml.Failed) return null;
        if (yaml.Documents.Count == 0 || yaml.Documents.All(d => d is YamlScalar { IsNull: true }))
        {
            _report(RuleIds.ComposeLoad, Location.StartOf(source.Path), $"The compose file is empty, and Compose refuses a file that defines no service, network, volume, secret, config or include.", $"Define at least one service, or delete the file.");
            return null;
        }
        YamlMapping? root = null;
        foreach (var document in yaml.Documents)
        {
            if (document is not YamlMapping map)
            {
                _report(RuleIds.ComposeSchema, document.Location, $"The top-level object is a {Describe(document)}: expected a mapping.",
                    $"Start the file with the top-level keys: services:, networks:, volumes:, ….");
                continue;
            }
            var interpolated = YamlInterpolation.Apply(map, source, context.Environment, _report);
            root = root is null ? interpolated : ComposeMerger.MergeFiles(root, interpolated);
        }
        if (root is not null) Schema.ComposeSchemaValidator.Validate(root, source, _report);
        return root;
    }

    private YamlMapping IncludeInto(YamlMapping root, SourceFile source, FileContext context)
    {
        if (root["include"] is not YamlSequence includes) return root;
        context.IncludeChain.Push(source.FullPath);
        var result = new YamlMapping(root.Location, root.Tag, root.Entries.ToList());
        try
        {
            foreach (var item in includes.Items)
            {
                var spec = IncludeSpec.From(item, ComposePaths.Directory(source.FullPath));
                if (spec is null) continue;
                foreach (var path in spec.Paths)
                {
                    _referenced.Add(path);
                    if (context.IncludeChain.Contains(path) || context.IncludeChain.Count > ComposeLimits.MaxReferenceDepth)
                    {
                        _report(RuleIds.ComposeLoad, item.UsedAt,
                            $"Include cycle {string.Join(" → ", context.IncludeChain.Reverse().Concat([path]).Select(_displayPath))}: a file cannot include itself, directly or through other files.",
                            $"Remove the include that closes the cycle.");
                        return result;
                    }
                }
                var included = Load(spec.Paths, new ComposeLoadOptions
                {
                    EnvFiles = spec.EnvFiles,
                    ProjectDirectory = spec.ProjectDirectory,
                    Variables = _options.Variables,
                    UseProcessEnvironment = _options.UseProcessEnvironment,
                    Profiles = _options.Profiles,
                    Including = context.Environment,
                    EnvExampleStandsIn = _options.EnvExampleStandsIn,
                }, context.IncludeChain, item.UsedAt);
                if (included is null) continue;
                foreach (var service in included.Services) context.ServiceDirectories[service.Name] = service.Directory;
                result = CopyResources(result, included.Root, source, item);
            }
        }
        finally
        {
            context.IncludeChain.Pop();
        }
        return result;
    }

    /// <summary>
    /// Copies an included project's services, networks, volumes, secrets and configs. A service the including file
    /// defines too is merged with the including file winning, as current Compose releases do; other resources keep the including file's definition.
    /// </summary>
    private YamlMapping CopyResources(YamlMapping root, YamlMapping included, SourceFile source, YamlNode includedAt)
    {
        foreach (var section in new[] { "services", "networks", "volumes", "secrets", "configs" })
        {
            if (included[section] is not YamlMapping theirs) continue;
            var ours = root[section] as YamlMapping;
            var combined = new YamlMapping(ours?.Location ?? theirs.Location, null, ours?.Entries.ToList() ?? new List<YamlEntry>());
            foreach (var entry in theirs.Entries)
            {
                if (combined.Find(entry.Name) is { } clash)
                {
                    if (section != "services") continue;
                    _report(RuleIds.IncludedServiceRedefined, clash.Key.Location,
                        $"Service '{entry.Name}' is also defined in the included {entry.Key.Location.File}: Compose 2.24 to 2.39 refuse the project ('conflicts with imported resource'), later releases merge the two with this file winning.",
                        $"Move the changes to a compose.override.yaml, or to an override file listed with the include's path, which every Compose release merges.");
                    combined.Set(new YamlEntry(clash.Key, ComposeMerger.MergeService(entry.Value, clash.Value)));
                    continue;
                }
                combined.Add(entry);
            }
            var key = root.Find(section)?.Key ?? YamlScalar.Synthetic(section, includedAt.Location);
            root.Set(new YamlEntry(key, combined));
        }
        return root;
    }

    private IReadOnlyList<ComposeService> BuildServices(YamlMapping root, FileContext context, IReadOnlyList<string> enabledProfiles)
    {
        var result = new List<ComposeService>();
        if (root["services"] is not YamlMapping services) return result;
        foreach (var entry in services.Entries)
        {
            if (entry.Value is not YamlMapping service) continue;
            var profiles = YamlViews.StringOrList(service["profiles"]);
            var active = profiles.Count == 0 || profiles.Any(p => enabledProfiles.Contains(p.Value) || enabledProfiles.Contains("*"));
            var directory = context.ServiceDirectories.TryGetValue(entry.Name, out var d) ? d : context.ProjectDirectory;
            result.Add(new ComposeService(entry.Key, service, directory, active));
        }
        return result;
    }

    private static readonly Regex InvalidNameCharacters = new("[^a-z0-9_-]", RegexOptions.CultureInvariant);

    /// <summary>COMPOSE_PROJECT_NAME (shell or .env), else <c>name:</c>, else the project directory's name, normalised.</summary>
    private static string ProjectName(YamlMapping root, string projectDirectory, ComposeEnvironment environment)
    {
        if (environment.Lookup("COMPOSE_PROJECT_NAME") is { Length: > 0 } fromEnvironment) return fromEnvironment;
        if (YamlViews.Scalar(root, "name") is { } name && name.Value.Length > 0) return name.Value;
        var directoryName = projectDirectory.TrimEnd('/').Split('/').LastOrDefault() ?? "default";
        var normalized = InvalidNameCharacters.Replace(directoryName.ToLowerInvariant(), string.Empty).TrimStart('_', '-');
        return normalized.Length == 0 ? "default" : normalized;
    }

    internal static string Describe(YamlNode node) => node switch
    {
        YamlMapping => "mapping",
        YamlSequence => "sequence",
        YamlScalar s => s.Kind.ToString().ToLowerInvariant(),
        _ => "value",
    };

    internal void AddReferenced(string path) => _referenced.Add(path);

    /// <summary>What every file of one project shares while loading.</summary>
    internal sealed class FileContext
    {
        public FileContext(ComposeEnvironment environment, string projectDirectory, Stack<string> includeChain)
        {
            Environment = environment;
            ProjectDirectory = projectDirectory;
            IncludeChain = includeChain;
        }

        public ComposeEnvironment Environment { get; }

        public string ProjectDirectory { get; }

        public Stack<string> IncludeChain { get; }

        /// <summary>Services that came from an included project resolve their paths against its directory.</summary>
        public Dictionary<string, string> ServiceDirectories { get; } = new(StringComparer.Ordinal);
    }
}

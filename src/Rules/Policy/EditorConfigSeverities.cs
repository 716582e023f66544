using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using RedFire.Lint.Engine;
using RedFire.Lint.Findings;
using RedFire.Lint.Sources;

namespace RedFire.Lint.Policy;

/// <summary>
/// Per-file severities from <c>.globalconfig</c> and <c>.editorconfig</c> files found walking up from each file:
/// .globalconfig settings first (nearer files win), then .editorconfig sections that match the file (outer
/// files first, stopping at <c>root = true</c>; later sections win), as the compiler applies them.
/// </summary>
public sealed class EditorConfigSeverities
{
    private const string EditorConfig = ".editorconfig";
    private const string GlobalConfig = ".globalconfig";

    private readonly IFileSystem _fileSystem;
    // Asked from any thread: loading walks the folders of every file in parallel, and the rules ask as they run. Two
    // threads may work out the same entry; they agree.
    private readonly ConcurrentDictionary<string, AnalyzerConfigFile?> _files = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, IReadOnlyDictionary<string, Severity>> _byFile = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, DirectoryConfigs> _byDirectory = new(StringComparer.Ordinal);
    private static readonly IReadOnlyDictionary<string, Severity> NoSeverities = new Dictionary<string, Severity>();

    private EditorConfigSeverities(IFileSystem fileSystem) => _fileSystem = fileSystem;

    public static EditorConfigSeverities None { get; } = new(new NoFileSystem());

    /// <summary>Reads the settings that apply to each of the given files (absolute paths).</summary>
    public static EditorConfigSeverities Load(IEnumerable<string> fullPaths, IFileSystem fileSystem)
    {
        var result = new EditorConfigSeverities(fileSystem);
        // A thousand files named one by one are as many folders, each probed for two files up to the root: in parallel.
        Parallel.ForEach(fullPaths, path => result.For(path));
        return result;
    }

    /// <summary>The severity set for a rule in a file, if any config file sets one.</summary>
    public bool TryGet(string ruleId, string fullPath, out Severity severity) => For(fullPath).TryGetValue(ruleId, out severity);

    /// <summary>True when some config file turns the rule on for some file, so a rule off by default must still run.</summary>
    public bool EnablesAnywhere(string ruleId)
    {
        return _byFile.Values.Any(s => s.TryGetValue(ruleId, out var severity) && severity != Severity.None);
    }

    private IReadOnlyDictionary<string, Severity> For(string fullPath)
    {
        if (_byFile.TryGetValue(fullPath, out var known)) return known;
        var configs = ConfigsOf(Path.GetDirectoryName(fullPath) ?? fullPath);
        if (configs.Globals.Count == 0 && configs.EditorConfigs.Count == 0) return _byFile.GetOrAdd(fullPath, NoSeverities);

        var severities = new Dictionary<string, Severity>(StringComparer.Ordinal);
        foreach (var global in configs.Globals) Apply(severities, global.Global);
        foreach (var file in configs.EditorConfigs)
        {
            var relative = DisplayPaths.Relative(file.Directory, fullPath);
            foreach (var section in file.Sections)
                if (section.Glob.IsMatch(relative)) Apply(severities, section.Severities);
        }
        return _byFile.GetOrAdd(fullPath, severities);
    }

    /// <summary>
    /// The config files that apply in a directory, in the order they apply: .globalconfig files outer first, then
    /// .editorconfig files from the outermost (or the nearest with <c>root = true</c>) inward. Once per directory, from
    /// its parent's: a thousand folders of one tree share their ancestors, whose files are looked up once.
    /// </summary>
    private DirectoryConfigs ConfigsOf(string directory)
    {
        // Up to the nearest folder already worked out (or past the root), then down again, each folder from its parent's.
        var unknown = new Stack<string>();
        var configs = DirectoryConfigs.None;
        for (var current = directory; !string.IsNullOrEmpty(current); current = Path.GetDirectoryName(current))
        {
            if (_byDirectory.TryGetValue(current, out var known))
            {
                configs = known;
                break;
            }
            unknown.Push(current);
        }
        while (unknown.Count > 0)
        {
            var current = unknown.Pop();
            configs = _byDirectory.GetOrAdd(current, configs.With(Read(current, GlobalConfig), Read(current, EditorConfig)));
        }
        return configs;
    }

    private static void Apply(Dictionary<string, Severity> target, IReadOnlyDictionary<string, Severity> settings)
    {
        foreach (var setting in settings) target[setting.Key] = setting.Value;
    }

    private AnalyzerConfigFile? Read(string directory, string name)
    {
        var path = Path.Combine(directory, name);
        if (_files.TryGetValue(path, out var cached)) return cached;
        var text = _fileSystem.ReadAllText(path);
        return _files.GetOrAdd(path, text is null ? null : AnalyzerConfigFile.Parse(directory, text));
    }

    private sealed record DirectoryConfigs(IReadOnlyList<AnalyzerConfigFile> Globals, IReadOnlyList<AnalyzerConfigFile> EditorConfigs)
    {
        public static readonly DirectoryConfigs None = new([], []);

        /// <summary>A folder's configs from its parent's and its own files: a root .editorconfig ends those above it.</summary>
        public DirectoryConfigs With(AnalyzerConfigFile? global, AnalyzerConfigFile? editorConfig) =>
            global is null && editorConfig is null ? this : new DirectoryConfigs(
                global is null ? Globals : [.. Globals, global],
                editorConfig is null ? EditorConfigs : editorConfig.IsRoot ? [editorConfig] : [.. EditorConfigs, editorConfig]);
    }

    private sealed class NoFileSystem : IFileSystem
    {
        public bool FileExists(string path) => false;

        public bool DirectoryExists(string path) => false;

        public string? ReadAllText(string path) => null;

        public NotLinted? WhyNotReadable(string path) => null;

        public string RealPath(string path) => path;

        public bool IsSymbolicLink(string path) => false;

        public IEnumerable<string> EnumerateFiles(string directory) => [];
    }
}

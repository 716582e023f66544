using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using RedFire.Lint.Catalog;
using RedFire.Lint.Engine;
using RedFire.Lint.Findings;
using RedFire.Lint.Policy;
using RedFire.Lint.Rules;
using RedFire.Lint.Sources;
using EngineDiagnostic = RedFire.Lint.Findings.Diagnostic;
using EngineLocation = RedFire.Lint.Sources.Location;
using RoslynDiagnostic = Microsoft.CodeAnalysis.Diagnostic;
using RoslynLocation = Microsoft.CodeAnalysis.Location;

namespace RedFire.Lint.Analyzers;

/// <summary>
/// One engine run for one compilation: the deployment's AdditionalFiles plus the syntax trees that declare the
/// ports class, as one request; the findings located in those trees come back as Roslyn diagnostics, with the
/// deployment places they mention as additional locations (which the code fixes edit).
/// </summary>
internal sealed class DeploymentRun
{
    /// <summary>The MSBuild property the package's targets make visible to the compiler: $(RedFireLintRoot), made absolute.</summary>
    public const string RootProperty = "build_property._RedFireLintRoot";

    /// <summary>The profile property (recommended, strict, all); wins over the config file's "extends".</summary>
    public const string ProfileProperty = "build_property.RedFireLintProfile";

    private readonly Compilation _compilation;
    private readonly ImmutableArray<(string Path, SourceText Text, FileKind Kind)> _deploymentFiles;
    private readonly ImmutableHashSet<SyntaxTree> _portsTrees;
    private readonly string _root;
    private readonly ConfigFile? _configFile;
    private readonly RuleProfile? _profile;

    private DeploymentRun(Compilation compilation, ImmutableArray<(string, SourceText, FileKind)> deploymentFiles, ImmutableHashSet<SyntaxTree> portsTrees, string root, ConfigFile? configFile, RuleProfile? profile)
    {
        _compilation = compilation;
        _deploymentFiles = deploymentFiles;
        _portsTrees = portsTrees;
        _root = root;
        _configFile = configFile;
        _profile = profile;
    }

    /// <summary>Null when there is nothing to check: no deployment file among the AdditionalFiles, or no ports class.</summary>
    public static DeploymentRun? TryCreate(Compilation compilation, AnalyzerOptions options, CancellationToken cancellationToken)
    {
        var candidates = options.AdditionalFiles
            .Select(f => (File: f, Kind: FileClassifier.Classify(f.Path)))
            .Where(f => f.Kind is not (FileKind.Other or FileKind.CSharp))
            .ToArray();
        if (candidates.Length == 0) return null;

        // $(RedFireLintRoot) ends with a separator; the engine compares directory paths without one.
        var root = options.AnalyzerConfigOptionsProvider.GlobalOptions.TryGetValue(RootProperty, out var configured) && !string.IsNullOrWhiteSpace(configured)
            ? WithoutTrailingSeparator(configured)
            : CommonDirectory(options.AdditionalFiles.Select(f => f.Path).Concat(compilation.SyntaxTrees.Select(t => t.FilePath)));
        var configFile = ReadConfigFile(options, root, cancellationToken);
        var portsClassName = (configFile?.Policy ?? LintPolicy.Default).PortsClassName;
        var portsTrees = compilation.GetSymbolsWithName(portsClassName, SymbolFilter.Type, cancellationToken)
            .SelectMany(s => s.DeclaringSyntaxReferences)
            .Select(r => r.SyntaxTree)
            .ToImmutableHashSet();
        if (portsTrees.IsEmpty) return null;

        var deploymentFiles = candidates
            .Select(c => (Path: c.File.Path, Text: c.File.GetText(cancellationToken), c.Kind))
            .Where(f => f.Text is not null)
            .Select(f => (f.Path, f.Text!, f.Kind))
            .ToImmutableArray();
        var profile = options.AnalyzerConfigOptionsProvider.GlobalOptions.TryGetValue(ProfileProperty, out var profileName)
            && RuleProfiles.TryParse(profileName, out var named) ? named : (RuleProfile?)null;
        return new DeploymentRun(compilation, deploymentFiles, portsTrees, root, configFile, profile);
    }

    public bool Covers(SyntaxTree tree) => _portsTrees.Contains(tree);

    /// <summary>Runs the engine; never throws (a failure becomes an RF0000 diagnostic on the ports class).</summary>
    public ImmutableDictionary<SyntaxTree, ImmutableArray<RoslynDiagnostic>> Execute()
    {
        var places = new Dictionary<string, Place>(StringComparer.Ordinal);
        try
        {
            foreach (var (path, text, kind) in _deploymentFiles)
                AddPlace(places, new Place(path, text, kind, tree: null));
            foreach (var tree in _portsTrees.OrderBy(t => t.FilePath, StringComparer.Ordinal))
                AddPlace(places, new Place(tree.FilePath, tree.GetText(), FileKind.CSharp, tree));

            var request = new LintRequest(places.Values.Select(p => p.Source).ToArray())
            {
                WorkingDirectory = _root,
                Configuration = Configuration(),
                FileSystem = new AdditionalFilesFileSystem(places.Values.ToDictionary(p => AdditionalFilesFileSystem.Normalize(p.Path), p => p.Source.Text)),
            };
            var result = Linter.Run(request);
            return result.Diagnostics
                .Select(d => (Diagnostic: d, Place: places.TryGetValue(d.Location.File, out var place) ? place : null))
                .Where(x => x.Place?.Tree is not null && RuleDescriptors.TryGet(x.Diagnostic.RuleId, out _))
                .GroupBy(x => x.Place!.Tree!)
                .ToImmutableDictionary(g => g.Key, g => g.Select(x => ToRoslyn(x.Diagnostic, x.Place!, places)).ToImmutableArray());
        }
        catch (Exception e)
        {
            // The engine turns bad input into findings; an exception here is our bug. Report it, never AD0001.
            var descriptor = RuleDescriptors.TryGet(RuleIds.InternalError, out var d) ? d : throw new InvalidOperationException("RF0000 missing", e);
            return _portsTrees.ToImmutableDictionary(
                t => t,
                t => ImmutableArray.Create(RoslynDiagnostic.Create(descriptor, RoslynLocation.Create(t, new TextSpan(0, 0)),
                    $"RedFire.Lint failed: {e.GetType().Name}: {e.Message}. Please report it with the files that caused it.")));
        }
    }

    private void AddPlace(Dictionary<string, Place> places, Place place)
    {
        place.Source = new SourceFile(DisplayPaths.Relative(_root, place.Path), place.Text.ToString(), place.Kind, place.Path);
        places[place.Source.Path] = place;
    }

    private static RoslynDiagnostic ToRoslyn(EngineDiagnostic diagnostic, Place place, IReadOnlyDictionary<string, Place> places)
    {
        RuleDescriptors.TryGet(diagnostic.RuleId, out var descriptor);
        var additional = diagnostic.Related
            .Select(r => places.TryGetValue(r.Location.File, out var relatedPlace) ? relatedPlace.ToRoslyn(r.Location) : null)
            .Where(l => l is not null)
            .Select(l => l!)
            .ToArray();
        return RoslynDiagnostic.Create(descriptor, place.ToRoslyn(diagnostic.Location), RuleDescriptors.ToRoslyn(diagnostic.Severity), additional, null, diagnostic.Message);
    }

    /// <summary>
    /// The package passes the project's .redfire-lint.json as an AdditionalFile. A broken one is the build task's to
    /// report (at its position); here the defaults apply until it is fixed.
    /// </summary>
    private static ConfigFile? ReadConfigFile(AnalyzerOptions options, string root, CancellationToken cancellationToken)
    {
        var file = options.AdditionalFiles
            .Where(f => string.Equals(System.IO.Path.GetFileName(f.Path), ConfigFile.FileName, StringComparison.OrdinalIgnoreCase))
            .OrderBy(f => f.Path.Length)
            .FirstOrDefault();
        if (file?.GetText(cancellationToken) is not { } text) return null;
        try
        {
            return ConfigFile.Parse(file.Path, DisplayPaths.Relative(root, file.Path), text.ToString(), RuleCatalog.Default);
        }
        catch (ConfigurationException)
        {
            return null;
        }
    }

    /// <summary>The config file's settings; its severities win over the compiler's, as in the CLI and the task.</summary>
    private LintConfiguration Configuration()
    {
        var severities = new Dictionary<string, Severity>(CompilerSeverities(), StringComparer.Ordinal);
        var configuration = LintConfiguration.Default;
        if (_configFile is not null)
        {
            foreach (var setting in _configFile.Severities) severities[setting.Key] = setting.Value;
            configuration = _configFile.AppliedTo(configuration);
        }
        return configuration with { Severities = severities, Profile = _profile ?? configuration.Profile };
    }

    /// <summary>
    /// Severities the compiler was given for our ids (.globalconfig, .editorconfig, /nowarn, /warnaserror), so a
    /// rule that is off by default but switched on in configuration runs in the engine; Roslyn applies them again.
    /// </summary>
    private Dictionary<string, Severity> CompilerSeverities()
    {
        var severities = new Dictionary<string, Severity>(StringComparer.Ordinal);
        foreach (var rule in RuleCatalog.Default.Rules)
        {
            if (!TryGetReport(rule.Id, out var report) || report == ReportDiagnostic.Default) continue;
            severities[rule.Id] = report switch
            {
                ReportDiagnostic.Error => Severity.Error,
                ReportDiagnostic.Warn => Severity.Warning,
                ReportDiagnostic.Info => Severity.Info,
                _ => Severity.None,
            };
        }
        return severities;
    }

    private bool TryGetReport(string id, out ReportDiagnostic report)
    {
        if (_compilation.Options.SpecificDiagnosticOptions.TryGetValue(id, out report)) return true;
        var treeOptions = _compilation.Options.SyntaxTreeOptionsProvider;
        if (treeOptions is null) return false;
        if (treeOptions.TryGetGlobalDiagnosticValue(id, CancellationToken.None, out report)) return true;
        foreach (var tree in _portsTrees)
            if (treeOptions.TryGetDiagnosticValue(tree, id, CancellationToken.None, out report)) return true;
        return false;
    }

    private static string WithoutTrailingSeparator(string path)
    {
        var trimmed = path.TrimEnd('/', '\\');
        return trimmed.Length == 0 || trimmed.EndsWith(":", StringComparison.Ordinal) ? path : trimmed;
    }

    /// <summary>The deepest folder holding every file: where display paths start when the build gave no root.</summary>
    private static string CommonDirectory(IEnumerable<string> paths)
    {
        string[]? common = null;
        foreach (var path in paths)
        {
            var folders = AdditionalFilesFileSystem.Normalize(path).Split('/');
            folders = folders.Take(folders.Length - 1).ToArray();
            common = common is null ? folders : common.Zip(folders, (a, b) => (a, b)).TakeWhile(p => p.a == p.b).Select(p => p.a).ToArray();
        }
        var joined = string.Join("/", common ?? []);
        return joined.Length == 0 ? "/" : joined;
    }

    /// <summary>A file of the run: its text as the IDE has it, and, for C#, its syntax tree.</summary>
    private sealed class Place
    {
        public Place(string path, SourceText text, FileKind kind, SyntaxTree? tree)
        {
            Path = path;
            Text = text;
            Kind = kind;
            Tree = tree;
        }

        public string Path { get; }
        public SourceText Text { get; }
        public FileKind Kind { get; }
        public SyntaxTree? Tree { get; }
        public SourceFile Source { get; set; } = null!;

        /// <summary>The engine's 1-based span as a Roslyn location; offsets come from the engine's own line map so both count lines alike.</summary>
        public RoslynLocation ToRoslyn(EngineLocation location)
        {
            var lines = Source.Lines;
            int Offset(int line, int column) => Math.Min(Text.Length, lines.LineStart(line) + Math.Max(0, column - 1));
            var start = Offset(location.Line, location.Column);
            var span = TextSpan.FromBounds(start, Math.Max(start, Offset(location.EndLine, location.EndColumn)));
            return Tree is not null
                ? RoslynLocation.Create(Tree, span)
                : RoslynLocation.Create(Path, span, Text.Lines.GetLinePositionSpan(span));
        }
    }
}

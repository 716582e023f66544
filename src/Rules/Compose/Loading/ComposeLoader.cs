using System;
using System.Collections.Generic;
using System.Linq;
using RedFire.Lint.Compose.Yaml;
using RedFire.Lint.Engine;
using RedFire.Lint.Sources;

namespace RedFire.Lint.Compose.Loading;

/// <summary>
/// Builds the run's compose projects as Compose would (<see cref="ComposeFileSets"/>), then completes the file
/// sets no rule of Compose names: a file whose services lack an image or build, or that uses services, networks,
/// volumes, secrets or configs it does not define, is an overlay of the nearest project that defines them (same
/// directory first, then the directories above) and is linted only as part of it. A file that other projects
/// include or extend is not linted again as a project of its own.
/// </summary>
public sealed class ComposeLoader : IModelLoader
{
    public void Load(LoadContext context)
    {
        var parses = new YamlFileCache();
        var sets = ComposeFileSets.Of(context.SourcesOf(FileKind.Compose).Select(s => s.FullPath).ToArray(),
            context.Policy.ComposeProjects, path => context.GetSource(path, FileKind.Env));
        // Each project on its own: one that fails is its own finding, the others load.
        var natural = context.ForEachFile(sets, set => context.DisplayPath(set.Files[set.Files.Count - 1]), set => Load(context, parses, set.Files, set.Certainty));
        var naturalUse = new ProjectUse(natural);

        // Which overlay completes which project is decided first; the completed projects then load in parallel too.
        var results = new Loaded?[natural.Count];
        var completions = new List<Completion>();
        var usedAsPartner = new HashSet<Loaded>();
        for (var slot = 0; slot < natural.Count; slot++)
        {
            var loaded = natural[slot];
            var partner = MayBeOverlay(loaded) && !naturalUse.IsUsedByAnotherProject(loaded.Files) ? FindPartner(loaded, natural) : null;
            if (partner is null)
            {
                results[slot] = loaded;
                continue;
            }
            usedAsPartner.Add(partner);
            // The file that lacks something is the overlay: it follows the project it completes, as with -f.
            completions.Add(new Completion(slot, partner.Files.Concat(loaded.Files).Distinct().ToArray(),
                partner.Certainty == ProjectCertainty.Unknown ? ProjectCertainty.Unknown : ProjectCertainty.Default));
        }
        var completed = context.ForEachFile(completions, c => context.DisplayPath(c.Files[c.Files.Count - 1]),
            c => Tuple.Create(c.Slot, Load(context, parses, c.Files, c.Certainty)));
        foreach (var (slot, project) in completed) results[slot] = project;

        // A partner no rule of Compose builds alone is the other half of a script's file set: linted with it only.
        var projects = results.OfType<Loaded>().Where(r => !(usedAsPartner.Contains(r) && r.Certainty == ProjectCertainty.Unknown)).ToList();
        JoinToJoinedProjects(context, parses, projects);

        var use = new ProjectUse(projects);
        foreach (var loaded in projects.Where(l => !use.IsUsedByAnotherProject(l.Files)))
        {
            foreach (var (id, location, message, help) in loaded.Findings) context.Report(id, location, message, help);
            if (loaded.Project is not null) context.Models.Add(loaded.Project);
        }
    }

    /// <summary>A project Compose would not build alone, or a lone override: it may be the overlay of another project.</summary>
    private static bool MayBeOverlay(Loaded loaded) =>
        loaded.Certainty != ProjectCertainty.Stated && loaded.Project is not null && (loaded.Needs.Count > 0 || loaded.Overrides.Count > 0);

    /// <summary>
    /// An overlay that no single file set completes may complete a joined one: opentelemetry-demo's compose.agent.yaml
    /// uses services of compose.yaml and of compose.observability.yaml, which its Makefile passes before it.
    /// </summary>
    private static void JoinToJoinedProjects(LoadContext context, YamlFileCache parses, List<Loaded> results)
    {
        for (var i = 0; i < results.Count; i++)
        {
            var loaded = results[i];
            if (loaded.Files.Count != 1 || loaded.Certainty != ProjectCertainty.Unknown || loaded.Project is null || loaded.Needs.Count == 0) continue;
            var partner = FindPartner(loaded, results.Where(r => r.Files.Count > 1 && !r.Files.Contains(loaded.Files[0])).ToArray());
            if (partner is not null) results[i] = Load(context, parses, partner.Files.Concat(loaded.Files).ToArray(), ProjectCertainty.Default);
        }
    }

    private static Loaded Load(LoadContext context, YamlFileCache parses, IReadOnlyList<string> files, ProjectCertainty certainty)
    {
        var findings = new List<(string, Location, FormattableString, FormattableString?)>();
        var loader = new ComposeProjectLoader(path => context.GetSource(path, KindOf(path)),
            (id, location, message, help) => findings.Add((id, location, message, help)), ComposeLoadOptions.Default, context.DisplayPath,
            directory => context.FileSystem.EnumerateFiles(directory).Select(f => f.Replace('\\', '/')), parses);
        var project = loader.Load(files, certainty);
        var needs = project is null ? []
            : ComposeReferenceChecks.Needs(ComposeReferenceChecks.Undefined(project)).Concat(ComposeReferenceChecks.OverlayNeeds(project)).Distinct().ToArray();
        var overrides = project is not null && IsLoneOverride(files) ? project.Services.Select(s => s.Name).ToArray() : [];
        return new Loaded(files, certainty, project, findings, loader.ReferencedFiles, needs) { Overrides = overrides };
    }

    /// <summary>
    /// The project that defines everything <paramref name="loaded"/> lacks: in its directory, then in each directory
    /// above, Compose's default project first. Only a project that defines all of it is taken, so a file is never
    /// joined to a project it does not belong to. A lone override that lacks nothing must override one of the
    /// project's services; one that adds a service on the project's network (mailcow's PROMETHEUS_EXPORTER
    /// template) lacks the network, which is enough.
    /// </summary>
    private static Loaded? FindPartner(Loaded loaded, IReadOnlyList<Loaded> candidates)
    {
        for (var current = loaded.Directory; current.Length > 0; current = Parent(current))
        {
            var here = candidates.Where(c => c != loaded && c.Project is not null && c.Directory == current)
                .OrderBy(c => IsOverrideOf(loaded, c) ? 0 : c.IsDefault ? 1 : 2).ThenBy(c => c.Files[0], StringComparer.Ordinal);
            foreach (var candidate in here)
                if (loaded.Needs.All(n => ComposeReferenceChecks.Defines(candidate.Project!, n.Kind, n.Name))
                    && (loaded.Needs.Count > 0 || loaded.Overrides.Any(s => ComposeReferenceChecks.Defines(candidate.Project!, "service", s))))
                    return candidate;
        }
        return null;
    }

    /// <summary>
    /// Whether the overlay is named as the other project's override (<c>docker-compose.test.override.yml</c> of
    /// <c>docker-compose.test.yml</c>, as netbox-docker's test script combines them).
    /// </summary>
    private static bool IsOverrideOf(Loaded overlay, Loaded project)
    {
        static string Name(string path) => path.Substring(path.LastIndexOf('/') + 1);
        var name = Name(overlay.Files[overlay.Files.Count - 1]);
        var index = name.LastIndexOf(".override.", StringComparison.OrdinalIgnoreCase);
        return index > 0 && string.Equals(name.Remove(index, ".override".Length), Name(project.Files[project.Files.Count - 1]), StringComparison.OrdinalIgnoreCase);
    }

    private static string Parent(string directory)
    {
        var trimmed = directory.TrimEnd('/');
        var slash = trimmed.LastIndexOf('/');
        return slash <= 0 ? string.Empty : trimmed.Substring(0, slash);
    }

    /// <summary>
    /// Whether a project's distinguishing file (its last) is included or extended by a project that nothing else
    /// uses: such fragments are checked inside the projects that use them. Projects that only use each other
    /// (a cycle) stay, so the cycle is reported.
    /// </summary>
    private sealed class ProjectUse(IEnumerable<Loaded> projects)
    {
        // A corpus has hundreds of projects: who references a file is looked up, not searched for.
        private readonly ILookup<string, IReadOnlyList<string>> _referencers = projects
            .SelectMany(p => p.Referenced.Select(file => (File: file, p.Files)))
            .ToLookup(r => r.File, r => r.Files, StringComparer.Ordinal);

        public bool IsUsedByAnotherProject(IReadOnlyList<string> files) =>
            IsReferencedByOthers(files) && _referencers[files[files.Count - 1]].Any(user => user != files && !IsReferencedByOthers(user));

        private bool IsReferencedByOthers(IReadOnlyList<string> files) => _referencers[files[files.Count - 1]].Any(user => user != files);
    }

    /// <summary>
    /// An override file with no default file beside it (a template in helper-scripts/…/docker-compose.override.yml):
    /// it overrides the services of a project elsewhere, and its paths are that project's.
    /// </summary>
    private static bool IsLoneOverride(IReadOnlyList<string> files) =>
        files.Count == 1 && ComposeFileSets.IsOverrideName(files[0]);

    /// <summary>Env files read for interpolation keep their kind; any other file a project names is compose.</summary>
    private static FileKind KindOf(string path) => FileClassifier.Classify(path) is FileKind.Env ? FileKind.Env : FileKind.Compose;

    /// <summary>A natural file set's slot, and the files that complete it (the partner's, then the overlay's).</summary>
    private sealed record Completion(int Slot, IReadOnlyList<string> Files, ProjectCertainty Certainty);

    private sealed record Loaded(IReadOnlyList<string> Files, ProjectCertainty Certainty, ComposeProject? Project,
        IReadOnlyList<(string RuleId, Location Location, FormattableString Message, FormattableString? Help)> Findings,
        IReadOnlyCollection<string> Referenced, IReadOnlyList<(string Kind, string Name)> Needs)
    {
        public bool IsDefault => Certainty == ProjectCertainty.Default;

        /// <summary>The directory of the project's first file, where the search for its partner starts.</summary>
        public string Directory { get; } = Files.Count == 0 ? string.Empty : ComposePaths.Directory(Files[0]);

        /// <summary>The services of a lone override file (<see cref="IsLoneOverride"/>): it belongs to a project that defines one of them.</summary>
        public IReadOnlyList<string> Overrides { get; init; } = [];
    }
}

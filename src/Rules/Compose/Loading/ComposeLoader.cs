using System;
using System.Collections.Generic;
using System.Linq;
using RedFire.Lint.Engine;
using RedFire.Lint.Sources;

namespace RedFire.Lint.Compose.Loading;

/// <summary>
/// Groups the run's compose files into projects and loads each: per directory, the default file
/// (<c>compose.yaml</c>, <c>compose.yml</c>, <c>docker-compose.yml</c>, <c>docker-compose.yaml</c>) with its
/// <c>*.override.*</c>; other compose files beside a default file (<c>docker-compose.prod.yml</c>) are loaded as
/// overrides of it, since that is how they are used; a directory without a default file makes each file its own
/// project. A file that other projects include or extend is not linted again as a project of its own.
/// </summary>
public sealed class ComposeLoader : IModelLoader
{
    private static readonly string[] DefaultNames = ["compose.yaml", "compose.yml", "docker-compose.yml", "docker-compose.yaml"];
    private static readonly string[] OverrideNames = ["compose.override.yaml", "compose.override.yml", "docker-compose.override.yml", "docker-compose.override.yaml"];

    public void Load(LoadContext context)
    {
        var candidates = Group(context.SourcesOf(FileKind.Compose).Select(s => s.FullPath).ToArray());
        var loaded = context.ForEachFile(candidates, files => context.DisplayPath(files[files.Count - 1]), files => LoadProject(files, context));

        foreach (var (_, project, findings, _) in loaded.Where(l => !IsUsedByAnotherProject(l.Files, loaded.Select(o => (o.Files, o.Referenced)).ToArray())))
        {
            foreach (var (id, location, message) in findings) context.Report(id, location, message);
            if (project is not null) context.Models.Add(project);
        }
    }

    /// <summary>One project, its findings held back until we know whether another project uses its files.</summary>
    private static LoadedProject LoadProject(IReadOnlyList<string> files, LoadContext context)
    {
        var findings = new List<(string, Location, FormattableString)>();
        var loader = new ComposeProjectLoader(path => context.GetSource(path, KindOf(path)),
            (id, location, message) => findings.Add((id, location, message)), ComposeLoadOptions.Default, context.DisplayPath,
            directory => context.FileSystem.EnumerateFiles(directory).Select(f => f.Replace('\\', '/')));
        var project = loader.Load(files);
        return new LoadedProject(files, project, findings, loader.ReferencedFiles);
    }

    private sealed record LoadedProject(IReadOnlyList<string> Files, ComposeProject? Project,
        IReadOnlyList<(string RuleId, Location Location, FormattableString Message)> Findings, IReadOnlyCollection<string> Referenced);

    /// <summary>
    /// Whether a project's distinguishing file (its last) is included or extended by a project that nothing else
    /// uses: such fragments are checked inside the projects that use them. Projects that only use each other
    /// (a cycle) stay, so the cycle is reported.
    /// </summary>
    private static bool IsUsedByAnotherProject(IReadOnlyList<string> files,
        IReadOnlyList<(IReadOnlyList<string> Files, IReadOnlyCollection<string> Referenced)> all)
    {
        bool ReferencedByOthers(IReadOnlyList<string> f) => all.Any(o => o.Files != f && o.Referenced.Contains(f[f.Count - 1]));
        return ReferencedByOthers(files)
            && all.Any(o => o.Files != files && !ReferencedByOthers(o.Files) && o.Referenced.Contains(files[files.Count - 1]));
    }

    /// <summary>The projects of a run's compose files (absolute paths), in a stable order.</summary>
    internal static IReadOnlyList<IReadOnlyList<string>> Group(IReadOnlyList<string> composeFiles)
    {
        var projects = new List<IReadOnlyList<string>>();
        foreach (var directory in composeFiles.GroupBy(ComposePaths.Directory).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var byName = directory.ToDictionary(f => f.Substring(directory.Key.Length).TrimStart('/').ToLowerInvariant(), f => f, StringComparer.Ordinal);
            var main = DefaultNames.Where(byName.ContainsKey).Select(n => byName[n]).FirstOrDefault();
            if (main is null)
            {
                projects.AddRange(directory.OrderBy(f => f, StringComparer.Ordinal).Select(f => (IReadOnlyList<string>)[f]));
                continue;
            }
            var overrides = OverrideNames.Where(byName.ContainsKey).Select(n => byName[n]).ToArray();
            projects.Add([main, .. overrides]);
            var others = directory.Where(f => f != main && !overrides.Contains(f) && !DefaultNames.Contains(Name(f)))
                .OrderBy(f => f, StringComparer.Ordinal);
            foreach (var other in others) projects.Add([main, other]);
        }
        return projects;
    }

    /// <summary>Env files read for interpolation keep their kind; any other file a project names is compose.</summary>
    private static FileKind KindOf(string path) => FileClassifier.Classify(path) is FileKind.Env ? FileKind.Env : FileKind.Compose;

    private static string Name(string path) => path.Substring(path.LastIndexOf('/') + 1).ToLowerInvariant();
}

using System;
using System.Collections.Generic;
using System.Linq;
using RedFire.Lint.Sources;

namespace RedFire.Lint.Compose.Loading;

/// <summary>One set of compose files Compose is given together (<c>-f a -f b</c>), and how sure the linter is of it.</summary>
internal sealed record ComposeFileSet(IReadOnlyList<string> Files, ProjectCertainty Certainty);

/// <summary>
/// The file sets Compose builds from a run's compose files, by its own rules, in a stable order: the sets of the
/// <c>projects</c> setting; in each directory, <c>COMPOSE_FILE</c> from its <c>.env</c> (split at
/// <c>COMPOSE_PATH_SEPARATOR</c>, <c>:</c> by default, paths relative to the directory); else the first default file
/// (<c>compose.yaml</c>, <c>compose.yml</c>, <c>docker-compose.yml</c>, <c>docker-compose.yaml</c>) with the first
/// override file found; every other file on its own, its project unknown.
/// </summary>
internal static class ComposeFileSets
{
    private static readonly string[] DefaultNames = ["compose.yaml", "compose.yml", "docker-compose.yml", "docker-compose.yaml"];
    private static readonly string[] OverrideNames = ["compose.override.yaml", "compose.override.yml", "docker-compose.override.yml", "docker-compose.override.yaml"];

    /// <param name="composeFiles">Absolute paths of the run's compose files.</param>
    /// <param name="configured">The <c>projects</c> setting, as absolute paths.</param>
    /// <param name="getEnvFile">Reads an env file by absolute path (null when missing).</param>
    public static IReadOnlyList<ComposeFileSet> Of(IReadOnlyList<string> composeFiles, IReadOnlyList<IReadOnlyList<string>> configured,
        Func<string, SourceFile?> getEnvFile)
    {
        var sets = configured.Where(c => c.Count > 0).Select(c => new ComposeFileSet(c, ProjectCertainty.Stated)).ToList();
        var placed = new HashSet<string>(sets.SelectMany(s => s.Files), StringComparer.Ordinal);
        foreach (var directory in composeFiles.Where(f => !placed.Contains(f)).GroupBy(ComposePaths.Directory).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var byName = directory.ToDictionary(Name, f => f, StringComparer.Ordinal);
            var fromEnv = ComposeFileVariable(directory.Key, getEnvFile);
            var main = DefaultNames.Where(byName.ContainsKey).Select(n => byName[n]).FirstOrDefault();
            var inDirectory = new List<string>();
            if (fromEnv is not null)
            {
                sets.Add(new ComposeFileSet(fromEnv, ProjectCertainty.Stated));
                inDirectory.AddRange(fromEnv);
            }
            else if (main is not null)
            {
                var overrideFile = OverrideNames.Where(byName.ContainsKey).Select(n => byName[n]).Take(1);
                ComposeFileSet set = new([main, .. overrideFile], ProjectCertainty.Default);
                sets.Add(set);
                inDirectory.AddRange(set.Files);
            }
            foreach (var other in directory.Where(f => !inDirectory.Contains(f)).OrderBy(f => f, StringComparer.Ordinal))
                sets.Add(new ComposeFileSet([other], ProjectCertainty.Unknown));
        }
        return sets;
    }

    /// <summary>The files <c>COMPOSE_FILE</c> in the directory's <c>.env</c> names (absolute), or null when it names none.</summary>
    private static IReadOnlyList<string>? ComposeFileVariable(string directory, Func<string, SourceFile?> getEnvFile)
    {
        if (getEnvFile(ComposePaths.Resolve(directory, ".env")) is not { } env) return null;
        var variables = EnvFileVariables.Read(env, _ => null);
        if (!variables.TryGetValue("COMPOSE_FILE", out var value) || value.Trim().Length == 0) return null;
        var separator = variables.TryGetValue("COMPOSE_PATH_SEPARATOR", out var s) && s.Length > 0 ? s : ":";
        return value.Split([separator], StringSplitOptions.RemoveEmptyEntries).Select(p => p.Trim()).Where(p => p.Length > 0)
            .Select(p => ComposePaths.Resolve(directory, p)).Distinct().ToArray();
    }

    /// <summary>Whether the file has one of the names Compose reads as the default file's override.</summary>
    public static bool IsOverrideName(string path) => OverrideNames.Contains(Name(path));

    private static string Name(string path) => path.Substring(path.LastIndexOf('/') + 1).ToLowerInvariant();
}

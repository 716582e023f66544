using System;
using System.Collections.Generic;
using System.IO;
using System.Text;
using Newtonsoft.Json;

namespace RedFire.Lint.MsBuild;

/// <summary>
/// The findings of the last analysis, kept in obj/ beside the incremental stamp: when nothing changed,
/// the analysis target is skipped and the findings are replayed from here, so a build with findings keeps
/// showing them. Written atomically; the file's time is the target's output time.
/// </summary>
internal static class FindingCache
{
    private const int FormatVersion = 1;

    private sealed record CacheFile(int Version, IReadOnlyList<ReportedFinding> Findings);

    public static void Write(string path, IReadOnlyList<ReportedFinding> findings)
    {
        var directory = Path.GetDirectoryName(Path.GetFullPath(path));
        if (!string.IsNullOrEmpty(directory)) Directory.CreateDirectory(directory);
        var temporary = path + ".tmp";
        File.WriteAllText(temporary, JsonConvert.SerializeObject(new CacheFile(FormatVersion, findings), Formatting.Indented), new UTF8Encoding(false));
        File.Move(temporary, path, overwrite: true);
    }

    /// <summary>The cached findings, or null when the cache is missing, unreadable or from another version.</summary>
    public static IReadOnlyList<ReportedFinding>? TryRead(string path)
    {
        try
        {
            if (!File.Exists(path)) return null;
            var cache = JsonConvert.DeserializeObject<CacheFile>(File.ReadAllText(path));
            return cache is { Version: FormatVersion, Findings: not null } ? cache.Findings : null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or JsonException)
        {
            return null;
        }
    }
}

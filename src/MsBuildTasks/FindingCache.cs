using System;
using System.Collections.Generic;
using System.IO;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace RedFire.Lint.MsBuild;

/// <summary>
/// The findings of the last analysis and the <see cref="InputFingerprint"/> they were found with, kept in obj/:
/// when the fingerprint is unchanged the findings are replayed instead of analysed again, so a no-op build keeps
/// showing them. Written atomically. System.Text.Json, not Newtonsoft: the replay is the whole of a no-op build's
/// task, and the framework's serializer is precompiled where Newtonsoft would be loaded and JIT-compiled for it; its
/// source-generated contract (<see cref="FindingCacheJson"/>) spares building one by reflection and emitted IL on each build.
/// </summary>
internal static class FindingCache
{
    private const int FormatVersion = 3;

    internal sealed record CacheFile(int Version, string Fingerprint, IReadOnlyList<ReportedFinding> Findings);

    public static void Write(string path, string fingerprint, IReadOnlyList<ReportedFinding> findings)
    {
        var directory = Path.GetDirectoryName(Path.GetFullPath(path));
        if (!string.IsNullOrEmpty(directory)) Directory.CreateDirectory(directory);
        var temporary = path + ".tmp";
        File.WriteAllText(temporary, JsonSerializer.Serialize(new CacheFile(FormatVersion, fingerprint, findings), FindingCacheJson.Default.CacheFile), new UTF8Encoding(false));
        File.Move(temporary, path, overwrite: true);
    }

    /// <summary>The cached findings when they were found with this fingerprint; null when missing, unreadable, stale or from another version.</summary>
    public static IReadOnlyList<ReportedFinding>? TryRead(string path, string fingerprint)
    {
        try
        {
            if (!File.Exists(path)) return null;
            var cache = JsonSerializer.Deserialize(File.ReadAllText(path), FindingCacheJson.Default.CacheFile);
            return cache is { Version: FormatVersion, Findings: not null } && cache.Fingerprint == fingerprint ? cache.Findings : null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or JsonException)
        {
            return null;
        }
    }
}

[JsonSerializable(typeof(FindingCache.CacheFile))]
internal sealed partial class FindingCacheJson : JsonSerializerContext;

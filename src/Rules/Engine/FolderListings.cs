using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace RedFire.Lint.Engine;

/// <summary>
/// What each folder the run has listed whole (discovery, the ports-class search) holds, so that a probe for a name a
/// listed folder does not hold needs no call to the disk: a thousand Dockerfiles' folders are each probed for
/// <c>.editorconfig</c>, <c>.globalconfig</c>, two bake files and two <c>.dockerignore</c> files, nearly all missing,
/// and the folder of each that copies its whole context is listed again.
/// </summary>
public sealed class FolderListings
{
    private readonly ConcurrentDictionary<string, Listing> _listings = new(StringComparer.Ordinal);

    // Names compared ignoring case: on a disk that ignores it, ".EditorConfig" is found as ".editorconfig". A name
    // held in any case is asked of the disk as before; only a name held in no case is known to be missing.
    private sealed record Listing(HashSet<string> Names, string[] FileNames);

    internal void Add(string folder, IReadOnlyList<FileSystemInfo> entries)
    {
        var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var fileNames = new List<string>();
        foreach (var entry in entries)
        {
            names.Add(entry.Name);
            if (entry is not DirectoryInfo) fileNames.Add(entry.Name);
        }
        _listings[Trimmed(folder)] = new Listing(names, fileNames.ToArray());
    }

    /// <summary>True when the folder of <paramref name="fullPath"/> was listed and held nothing of its name.</summary>
    public bool SurelyMissing(string fullPath)
    {
        var name = Path.GetFileName(fullPath);
        var folder = Path.GetDirectoryName(fullPath);
        return name.Length > 0 && folder is not null && _listings.TryGetValue(Trimmed(folder), out var listing) && !listing.Names.Contains(name);
    }

    /// <summary>The files of a listed folder (links to files included, as <see cref="Directory.EnumerateFiles(string)"/> lists them).</summary>
    public bool TryGetFiles(string folder, out IEnumerable<string> files)
    {
        if (!_listings.TryGetValue(Trimmed(folder), out var listing))
        {
            files = [];
            return false;
        }
        files = listing.FileNames.Select(name => Path.Combine(folder, name));
        return true;
    }

    /// <summary>"/srv/app/" as "/srv/app", as a folder's path is written when its parent is listed; a root stays itself.</summary>
    private static string Trimmed(string folder)
    {
        var trimmed = folder.TrimEnd(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar);
        return trimmed.Length == 0 || trimmed.EndsWith(":", StringComparison.Ordinal) ? folder : trimmed;
    }
}

/// <summary>The disk, which is not asked about a name missing from a folder the run has listed (<see cref="FolderListings"/>).</summary>
public sealed class ListedFileSystem(IFileSystem disk, FolderListings listings) : IFileSystem
{
    public bool FileExists(string path) => !listings.SurelyMissing(path) && disk.FileExists(path);

    public bool DirectoryExists(string path) => !listings.SurelyMissing(path) && disk.DirectoryExists(path);

    public string? ReadAllText(string path) => listings.SurelyMissing(path) ? null : disk.ReadAllText(path);

    public Sources.NotLinted? WhyNotReadable(string path) => listings.SurelyMissing(path) ? Sources.NotLinted.Missing : disk.WhyNotReadable(path);

    public string RealPath(string path) => disk.RealPath(path);

    public bool IsSymbolicLink(string path) => !listings.SurelyMissing(path) && disk.IsSymbolicLink(path);

    public IEnumerable<string> EnumerateFiles(string directory) =>
        listings.TryGetFiles(directory, out var files) ? files : listings.SurelyMissing(directory) ? [] : disk.EnumerateFiles(directory);
}

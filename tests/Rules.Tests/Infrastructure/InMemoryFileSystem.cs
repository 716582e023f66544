using System;
using System.Collections.Generic;
using System.Linq;
using RedFire.Lint.Engine;
using RedFire.Lint.Sources;

namespace RedFire.Lint.Tests.Infrastructure;

/// <summary>A tree of files in memory, rooted at <see cref="Root"/>, so rule tests never touch the disk.</summary>
public sealed class InMemoryFileSystem : IFileSystem
{
    public const string Root = "/repo";

    private readonly Dictionary<string, string> _files = new(StringComparer.Ordinal);

    public InMemoryFileSystem(IEnumerable<(string Path, string Text)> files)
    {
        foreach (var (path, text) in files) _files[FullPath(path)] = text;
    }

    public static string FullPath(string relative) => relative.StartsWith("/", StringComparison.Ordinal) ? relative : Root + "/" + relative;

    public IEnumerable<string> AllFiles => _files.Keys.OrderBy(k => k, StringComparer.Ordinal);

    public bool FileExists(string path) => _files.ContainsKey(Normalize(path));

    public bool DirectoryExists(string path)
    {
        var prefix = Normalize(path).TrimEnd('/') + "/";
        return _files.Keys.Any(k => k.StartsWith(prefix, StringComparison.Ordinal));
    }

    public string? ReadAllText(string path) => _files.TryGetValue(Normalize(path), out var text) ? text : null;

    /// <summary>In memory every file is text of a bounded size, and there are no links.</summary>
    public NotLinted? WhyNotReadable(string path) => null;

    public string RealPath(string path) => path;

    public bool IsSymbolicLink(string path) => false;

    public IEnumerable<string> EnumerateFiles(string directory)
    {
        var prefix = Normalize(directory).TrimEnd('/') + "/";
        return _files.Keys.Where(k => k.StartsWith(prefix, StringComparison.Ordinal) && k.IndexOf('/', prefix.Length) < 0);
    }

    /// <summary>Resolves "." and ".." so loaders can combine paths freely.</summary>
    private static string Normalize(string path)
    {
        var parts = new List<string>();
        foreach (var part in path.Replace('\\', '/').Split('/'))
        {
            if (part.Length == 0 || part == ".") continue;
            if (part == "..") { if (parts.Count > 0) parts.RemoveAt(parts.Count - 1); continue; }
            parts.Add(part);
        }
        return "/" + string.Join("/", parts);
    }
}

using System;
using System.Collections.Generic;
using System.Linq;
using RedFire.Lint.Engine;
using RedFire.Lint.Sources;

namespace RedFire.Lint.Analyzers;

/// <summary>
/// The engine's file access inside the compiler: only the AdditionalFiles the package passes in (analyzers
/// must not touch the disk, and the IDE's unsaved edits live in these texts, not on disk).
/// Every directory is taken to exist: the analyzer cannot see the disk, so a build context holding no deployment
/// file must still lead to its Dockerfile (whose ports matter here). Missing paths are the build task's findings.
/// </summary>
internal sealed class AdditionalFilesFileSystem : IFileSystem
{
    private readonly IReadOnlyDictionary<string, string> _texts;

    public AdditionalFilesFileSystem(IReadOnlyDictionary<string, string> textsByFullPath) => _texts = textsByFullPath;

    public bool FileExists(string path) => _texts.ContainsKey(Normalize(path));

    public bool DirectoryExists(string path) => true;

    public string? ReadAllText(string path) => _texts.TryGetValue(Normalize(path), out var text) ? text : null;

    /// <summary>In memory every file is text of a bounded size, and there are no links.</summary>
    public NotLinted? WhyNotReadable(string path) => null;

    public string RealPath(string path) => path;

    public bool IsSymbolicLink(string path) => false;

    public IEnumerable<string> EnumerateFiles(string directory)
    {
        var prefix = Normalize(directory).TrimEnd('/') + "/";
        return _texts.Keys.Where(k => k.StartsWith(prefix, StringComparison.Ordinal) && k.IndexOf('/', prefix.Length) < 0).ToArray();
    }

    /// <summary>One spelling per file: '/' separators, no "./" or "../" segments.</summary>
    public static string Normalize(string path)
    {
        var parts = new List<string>();
        foreach (var part in path.Replace('\\', '/').Split('/'))
        {
            if (part == "." || (part.Length == 0 && parts.Count > 0)) continue;
            if (part == ".." && parts.Count > 1) parts.RemoveAt(parts.Count - 1);
            else parts.Add(part);
        }
        return string.Join("/", parts);
    }
}

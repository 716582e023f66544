using System;
using System.Collections.Generic;

namespace RedFire.Lint.Compose;

/// <summary>Relative paths as Compose resolves them: against a directory, '/' separators, '.' and '..' folded.</summary>
public static class ComposePaths
{
    public static string Resolve(string directory, string path)
    {
        if (IsRemote(path)) return path;
        var combined = path.StartsWith("/", StringComparison.Ordinal) || (path.Length > 1 && path[1] == ':')
            ? path
            : directory.TrimEnd('/', '\\') + "/" + path;
        return Normalize(combined);
    }

    /// <summary>Git URLs and other remote build contexts are not paths.</summary>
    public static bool IsRemote(string path) =>
        path.Contains("://") || path.StartsWith("git@", StringComparison.Ordinal) || path.StartsWith("github.com/", StringComparison.Ordinal);

    public static string Directory(string filePath)
    {
        var normalized = filePath.Replace('\\', '/');
        var slash = normalized.LastIndexOf('/');
        return slash <= 0 ? (slash == 0 ? "/" : ".") : normalized.Substring(0, slash);
    }

    public static string Normalize(string path)
    {
        if (IsNormal(path)) return path;
        var normalized = path.Replace('\\', '/');
        var rooted = normalized.StartsWith("/", StringComparison.Ordinal);
        var parts = new List<string>();
        foreach (var part in normalized.Split('/'))
        {
            if (part.Length == 0 || part == ".") continue;
            if (part == ".." && parts.Count > 0 && parts[parts.Count - 1] != "..") parts.RemoveAt(parts.Count - 1);
            else parts.Add(part);
        }
        var joined = string.Join("/", parts);
        return rooted ? "/" + joined : joined.Length == 0 ? "." : joined;
    }

    /// <summary>Whether the path is already as <see cref="Normalize"/> makes it (most are: every path of a run is resolved).</summary>
    private static bool IsNormal(string path)
    {
        if (path.Length == 0 || path.IndexOf('\\') >= 0) return false;
        var segmentStart = path[0] == '/' ? 1 : 0;
        if (segmentStart == path.Length) return true;
        for (var i = segmentStart; i <= path.Length; i++)
        {
            if (i < path.Length && path[i] != '/') continue;
            var length = i - segmentStart;
            if (length == 0 || (path[segmentStart] == '.' && (length == 1 || (length == 2 && path[segmentStart + 1] == '.')))) return false;
            segmentStart = i + 1;
        }
        return true;
    }

    internal static ComposeBuild ResolveBuild(ComposeBuild build, string directory)
    {
        var context = build.Context?.Value is { Length: > 0 } c ? c : ".";
        var contextPath = Resolve(directory, context);
        var dockerfile = build.DockerfileInline is not null || IsRemote(context)
            ? string.Empty
            : Resolve(contextPath, build.Dockerfile?.Value is { Length: > 0 } d ? d : "Dockerfile");
        return build with { ContextPath = contextPath, DockerfilePath = dockerfile };
    }
}

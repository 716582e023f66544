using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using RedFire.Lint.Sources;

namespace RedFire.Lint.Nginx;

/// <summary>
/// Reads a root nginx file and the files its <c>include</c> directives name. Relative paths are resolved
/// against the including file's directory (where nginx.conf sits, nginx's prefix, in the usual layouts);
/// a glob in the file name (<c>conf.d/*.conf</c>) matches in sorted order, as nginx does. Absolute paths
/// name the container's files and paths with variables are unknown here: both are left unresolved. Cycles,
/// depth and the number of included files are limited.
/// </summary>
internal sealed class NginxConfigReader
{
    public const int MaxIncludeDepth = 16;
    public const int MaxIncludedFiles = 256;

    private readonly Func<string, SourceFile?> _getSource;
    private readonly Func<string, IEnumerable<string>> _listFiles;
    private readonly List<NginxSyntaxError> _errors = new();
    private readonly List<SourceFile> _files = new();
    private int _included;

    private NginxConfigReader(Func<string, SourceFile?> getSource, Func<string, IEnumerable<string>> listFiles)
    {
        _getSource = getSource;
        _listFiles = listFiles;
    }

    /// <param name="getSource">The nginx source at an absolute path, or null when there is none.</param>
    /// <param name="listFiles">The absolute paths of the files directly in a directory.</param>
    public static NginxConfig Read(SourceFile root, Func<string, SourceFile?> getSource, Func<string, IEnumerable<string>> listFiles)
    {
        var reader = new NginxConfigReader(getSource, listFiles);
        reader._files.Add(root);
        var directives = NginxParser.Parse(root, null, reader._errors);
        reader.FollowIncludes(root, directives);
        return new NginxConfig(root, directives, reader._files, reader._errors);
    }

    /// <summary>Follows the includes of one file, then of the files they bring in, breadth-first with a path per file.</summary>
    private void FollowIncludes(SourceFile root, IReadOnlyList<NginxDirective> rootDirectives)
    {
        var pending = new Queue<(SourceFile File, IReadOnlyList<NginxDirective> Directives, string[] Chain)>();
        pending.Enqueue((root, rootDirectives, [root.FullPath]));
        while (pending.Count > 0)
        {
            var (file, directives, chain) = pending.Dequeue();
            foreach (var include in IncludesIn(directives))
            {
                if (include.Arguments.Count != 1 || include.Arguments[0].HasVariables) continue;
                var argument = include.Arguments[0];
                foreach (var path in Resolve(file, argument.Value))
                {
                    if (chain.Contains(path, StringComparer.Ordinal))
                    {
                        Error(argument.Location, $"This include of {Display(path)} makes a cycle: {string.Join(" → ", chain.Select(Display))}.", "Remove the include, or include a file that does not include this one.");
                        continue;
                    }
                    if (chain.Length >= MaxIncludeDepth)
                    {
                        Error(argument.Location, $"Includes are nested more than {MaxIncludeDepth} levels deep; {Display(path)} was not read.", "Include the files from fewer levels.");
                        continue;
                    }
                    if (++_included > MaxIncludedFiles)
                    {
                        if (_included == MaxIncludedFiles + 1)
                            Error(argument.Location, $"More than {MaxIncludedFiles} files are included; the rest were not read.", "Include fewer files (a narrower glob).");
                        continue;
                    }
                    var source = _getSource(path);
                    if (source is null) continue;
                    if (source.IsUnreadable)
                    {
                        Error(argument.Location, $"{source.Path} was not read: {source.NotLinted!.Reason}.", source.NotLinted.Help);
                        continue;
                    }
                    if (!_files.Contains(source)) _files.Add(source);
                    var included = NginxParser.Parse(source, include.Parent, _errors);
                    include.AddIncluded(source, included);
                    pending.Enqueue((source, included, chain.Concat([path]).ToArray()));
                }
            }
        }
    }

    /// <summary>Every include directive of a file, inside blocks too (iteratively).</summary>
    private static IEnumerable<NginxDirective> IncludesIn(IReadOnlyList<NginxDirective> directives)
    {
        var stack = new Stack<NginxDirective>(directives.Reverse());
        while (stack.Count > 0)
        {
            var directive = stack.Pop();
            if (directive.Name == "include" && !directive.IsBlock) yield return directive;
            for (var i = directive.Children.Count - 1; i >= 0; i--) stack.Push(directive.Children[i]);
        }
    }

    private IEnumerable<string> Resolve(SourceFile including, string pattern)
    {
        if (pattern.Length == 0 || pattern.StartsWith("/", StringComparison.Ordinal) || Path.IsPathRooted(pattern)) return [];
        var directory = Path.GetDirectoryName(including.FullPath) ?? string.Empty;
        var combined = Normalize(directory.Replace('\\', '/') + "/" + pattern);
        if (pattern.IndexOfAny(['*', '?', '[']) < 0) return [combined];

        var slash = combined.LastIndexOf('/');
        var folder = slash <= 0 ? "/" : combined.Substring(0, slash);
        if (folder.IndexOfAny(['*', '?', '[']) >= 0) return [];
        var matcher = Glob(combined.Substring(slash + 1));
        return _listFiles(folder)
            .Select(f => f.Replace('\\', '/'))
            .Where(f => matcher.IsMatch(f.Substring(f.LastIndexOf('/') + 1)))
            .OrderBy(f => f, StringComparer.Ordinal)
            .ToArray();
    }

    /// <summary>A file-name glob (<c>*</c>, <c>?</c>, <c>[…]</c>) as a regular expression.</summary>
    private static Regex Glob(string pattern)
    {
        var expression = Regex.Escape(pattern).Replace(@"\*", "[^/]*").Replace(@"\?", "[^/]").Replace(@"\[", "[").Replace(@"\]", "]");
        try
        {
            return new Regex("^" + expression + "$", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
        }
        catch (ArgumentException)
        {
            return new Regex("^" + Regex.Escape(pattern) + "$", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
        }
    }

    /// <summary>Resolves "." and ".." segments of a '/'-separated absolute path.</summary>
    private static string Normalize(string path)
    {
        var parts = new List<string>();
        foreach (var part in path.Split('/'))
        {
            if (part.Length == 0 || part == ".") continue;
            if (part == "..") { if (parts.Count > 0) parts.RemoveAt(parts.Count - 1); continue; }
            parts.Add(part);
        }
        var joined = string.Join("/", parts);
        // Keep a Windows drive root as it was ("C:/…"); elsewhere paths are rooted at "/".
        return parts.Count > 0 && parts[0].EndsWith(":", StringComparison.Ordinal) ? joined : "/" + joined;
    }

    private string Display(string fullPath) => _files.FirstOrDefault(f => f.FullPath == fullPath)?.Path ?? Path.GetFileName(fullPath);

    private void Error(Location location, string message, string help) => _errors.Add(new NginxSyntaxError(location, message, help));
}

using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;

namespace RedFire.Lint.Deployment;

/// <summary>
/// A build context's .dockerignore as BuildKit applies it: patterns match context-relative paths (cleaned, no
/// leading slash) with <c>*</c>, <c>?</c>, <c>[…]</c> and <c>**</c>; a later <c>!pattern</c> re-includes; a path is
/// also excluded when one of its parent directories is.
/// </summary>
public sealed class DockerIgnore
{
    private readonly IReadOnlyList<Rule> _rules;

    // Each path decided once (the table made at the first ask): the Dockerfiles of a folder share the .dockerignore
    // and mostly copy the same paths.
    private System.Collections.Concurrent.ConcurrentDictionary<string, bool>? _decided;

    private DockerIgnore(IReadOnlyList<Rule> rules) => _rules = rules;

    public static DockerIgnore Empty { get; } = new([]);

    public bool IsEmpty => _rules.Count == 0;

    /// <summary>Whether the whole context is left out (<c>*</c> or <c>**</c>, and no <c>!exception</c> brings anything back).</summary>
    public bool ExcludesEverything => _rules.Any(r => !r.Exception && r.Matches("")) && !_rules.Any(r => r.Exception);

    public static DockerIgnore Parse(IEnumerable<string> lines)
    {
        var rules = new List<Rule>();
        foreach (var raw in lines)
        {
            var line = raw.Trim();
            if (line.Length == 0 || line.StartsWith("#", StringComparison.Ordinal)) continue;
            var exception = line.StartsWith("!", StringComparison.Ordinal);
            var pattern = Clean(exception ? line.Substring(1).Trim() : line);
            if (pattern.Length == 0) continue;
            // Most lines name a file or folder: compared as text, they cost no regex to build or run.
            if (pattern.IndexOfAny(Wildcards) < 0) rules.Add(new Rule(pattern, null, exception));
            else if (Compile(pattern) is { } regex) rules.Add(new Rule(null, regex, exception));
        }
        return new DockerIgnore(rules);
    }

    private static readonly char[] Wildcards = ['*', '?', '['];

    /// <summary>A pattern: a path as written (<see cref="Literal"/>) or one with wildcards as a regex.</summary>
    private sealed record Rule(string? Literal, Regex? Pattern, bool Exception)
    {
        public bool Matches(string path) => Literal is not null ? string.Equals(path, Literal, StringComparison.Ordinal) : Pattern!.IsMatch(path);
    }

    /// <summary>The pattern as a regex; null for a malformed one (<c>[z-a]</c>, <c>[]</c>), which BuildKit refuses and so decides nothing here.</summary>
    private static Regex? Compile(string pattern)
    {
        try
        {
            return new Regex(ToRegex(pattern), RegexOptions.CultureInvariant, TimeSpan.FromMilliseconds(100));
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    /// <summary>
    /// Whether BuildKit leaves <paramref name="path"/> (relative to the context) out of the context: the last
    /// pattern that matches the path or one of its parent directories decides (an exception re-includes).
    /// </summary>
    public bool Excludes(string path) =>
        _rules.Count > 0 && System.Threading.LazyInitializer.EnsureInitialized(ref _decided, () => new(StringComparer.Ordinal))!.GetOrAdd(path, Decide);

    private bool Decide(string path)
    {
        var cleaned = Clean(path);
        var prefixes = new List<string>();
        for (var slash = cleaned.IndexOf('/'); slash >= 0; slash = cleaned.IndexOf('/', slash + 1)) prefixes.Add(cleaned.Substring(0, slash));
        prefixes.Add(cleaned);
        var excluded = false;
        foreach (var rule in _rules)
        {
            try
            {
                if (prefixes.Any(rule.Matches)) excluded = !rule.Exception;
            }
            catch (RegexMatchTimeoutException)
            {
                // A pathological pattern decides nothing.
            }
        }
        return excluded;
    }

    private static string Clean(string path)
    {
        var parts = new List<string>();
        foreach (var part in path.Replace('\\', '/').Split('/'))
        {
            if (part.Length == 0 || part == ".") continue;
            if (part == "..") { if (parts.Count > 0) parts.RemoveAt(parts.Count - 1); continue; }
            parts.Add(part);
        }
        return string.Join("/", parts);
    }

    private static string ToRegex(string pattern)
    {
        var regex = new StringBuilder("^");
        for (var i = 0; i < pattern.Length; i++)
        {
            var c = pattern[i];
            if (c == '*' && i + 1 < pattern.Length && pattern[i + 1] == '*')
            {
                // "**/" matches any number of directories, "**" alone anything.
                i++;
                if (i + 1 < pattern.Length && pattern[i + 1] == '/') { i++; regex.Append("(?:.*/)?"); }
                else regex.Append(".*");
            }
            else if (c == '*') regex.Append("[^/]*");
            else if (c == '?') regex.Append("[^/]");
            else if (c == '[')
            {
                var close = pattern.IndexOf(']', i + 1);
                if (close < 0) { regex.Append(@"\["); continue; }
                var set = pattern.Substring(i + 1, close - i - 1);
                regex.Append('[').Append(set.StartsWith("^", StringComparison.Ordinal) || set.StartsWith("!", StringComparison.Ordinal) ? "^" + Regex.Escape(set.Substring(1)) : Regex.Escape(set).Replace(@"\-", "-")).Append(']');
                i = close;
            }
            else if (c == '\\' && i + 1 < pattern.Length) regex.Append(Regex.Escape(pattern[++i].ToString()));
            else regex.Append(Regex.Escape(c.ToString()));
        }
        return regex.Append('$').ToString();
    }
}

using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using RedFire.Lint.Catalog;
using RedFire.Lint.Findings;
using RedFire.Lint.Sources;

namespace RedFire.Lint.Policy;

/// <summary>
/// The inline suppressions of one file. Ours: <c># redfire-lint disable-next-line RF1001 -- reason</c> and
/// <c># redfire-lint disable-file RF1001</c> (<c>//</c> in C#; no ids means every rule). For teams coming from
/// peers: <c># hadolint ignore=DL3006</c> and Docker's <c># check=skip=JSONArgsRecommended</c> silence our rules
/// that alias those ids.
/// </summary>
public sealed class Suppressions
{
    private static readonly Regex Ours = new(
        @"^\s*(?:#|//)\s*redfire-lint\s+(?<verb>disable-next-line|disable-line|disable-file)\b(?<ids>[^\r\n]*?)(?:\s--.*)?$",
        RegexOptions.CultureInvariant);

    private static readonly Regex Hadolint = new(@"^\s*#\s*hadolint\s+(?<global>global\s+)?ignore\s*=\s*(?<ids>[A-Za-z0-9_, ]+)", RegexOptions.CultureInvariant);

    private static readonly Regex BuildKitCheck = new(@"^\s*#\s*check\s*=\s*(?<body>.*)$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);

    private const string AllRules = "*";

    private readonly HashSet<string> _fileWide = new(StringComparer.Ordinal);
    private readonly Dictionary<int, HashSet<string>> _byLine = new();

    private Suppressions() { }

    public static Suppressions Empty { get; } = new();

    public bool IsSuppressed(Finding finding)
    {
        if (_fileWide.Contains(AllRules) || _fileWide.Contains(finding.RuleId)) return true;
        return _byLine.TryGetValue(finding.Location.Line, out var ids) && (ids.Contains(AllRules) || ids.Contains(finding.RuleId));
    }

    public static Suppressions Parse(SourceFile source, RuleCatalog catalog)
    {
        var result = new Suppressions();
        var lines = source.Text.Split('\n');
        var inDirectiveHeader = source.Kind == FileKind.Dockerfile;
        for (var index = 0; index < lines.Length; index++)
        {
            var line = lines[index].TrimEnd('\r');
            var lineNumber = index + 1;
            var trimmed = line.TrimStart();
            if (!trimmed.StartsWith("#", StringComparison.Ordinal)) inDirectiveHeader = false;

            var ours = Ours.Match(line);
            if (ours.Success)
            {
                var ids = SplitIds(ours.Groups["ids"].Value);
                if (ids.Count == 0) ids.Add(AllRules);
                switch (ours.Groups["verb"].Value)
                {
                    case "disable-file": result._fileWide.UnionWith(ids); break;
                    case "disable-line": result.AddLine(lineNumber, ids); break;
                    default: result.AddLine(NextCodeLine(lines, index), ids); break;
                }
                continue;
            }
            if (source.Kind != FileKind.Dockerfile) continue;

            var hadolint = Hadolint.Match(line);
            if (hadolint.Success)
            {
                var ids = Translate(catalog, "hadolint:", SplitIds(hadolint.Groups["ids"].Value));
                if (hadolint.Groups["global"].Success) result._fileWide.UnionWith(ids);
                else result.AddLine(NextCodeLine(lines, index), ids);
                continue;
            }

            var check = BuildKitCheck.Match(line);
            if (check.Success)
            {
                var ids = Translate(catalog, "buildkit:", ParseCheckSkip(check.Groups["body"].Value));
                if (inDirectiveHeader) result._fileWide.UnionWith(ids);
                else result.AddLine(NextCodeLine(lines, index), ids);
            }
        }
        return result;
    }

    private void AddLine(int line, IEnumerable<string> ids)
    {
        if (!_byLine.TryGetValue(line, out var set)) _byLine[line] = set = new HashSet<string>(StringComparer.Ordinal);
        set.UnionWith(ids);
    }

    /// <summary>The 1-based number of the first line after <paramref name="index"/> that is neither blank nor a comment.</summary>
    private static int NextCodeLine(string[] lines, int index)
    {
        for (var i = index + 1; i < lines.Length; i++)
        {
            var trimmed = lines[i].Trim();
            if (trimmed.Length > 0 && !trimmed.StartsWith("#", StringComparison.Ordinal) && !trimmed.StartsWith("//", StringComparison.Ordinal))
                return i + 1;
        }
        return lines.Length + 1;
    }

    private static HashSet<string> SplitIds(string text) =>
        new(text.Split([',', ' ', '\t'], StringSplitOptions.RemoveEmptyEntries).Select(s => s.Trim()), StringComparer.Ordinal);

    /// <summary><c>skip=A,B;error=true</c> → {A, B}; <c>skip=all</c> → every rule.</summary>
    private static HashSet<string> ParseCheckSkip(string body)
    {
        foreach (var part in body.Split(';'))
        {
            var pair = part.Split(['='], 2);
            if (pair.Length == 2 && pair[0].Trim().Equals("skip", StringComparison.OrdinalIgnoreCase))
                return SplitIds(pair[1]);
        }
        return new HashSet<string>(StringComparer.Ordinal);
    }

    private static HashSet<string> Translate(RuleCatalog catalog, string peer, HashSet<string> peerIds)
    {
        if (peerIds.Contains("all"))
            return new HashSet<string>(catalog.Rules.Where(r => r.Aliases.Any(a => a.StartsWith(peer, StringComparison.OrdinalIgnoreCase))).Select(r => r.Id), StringComparer.Ordinal);
        return new HashSet<string>(peerIds.SelectMany(id => catalog.ByAlias(peer + id)).Select(r => r.Id), StringComparer.Ordinal);
    }
}

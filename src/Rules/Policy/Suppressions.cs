using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using RedFire.Lint.Catalog;
using RedFire.Lint.Findings;
using RedFire.Lint.Sources;

namespace RedFire.Lint.Policy;

/// <summary>
/// The inline suppressions of one file. Ours: <c># redfire-lint disable-next-line RF1001 -- reason</c>,
/// <c># redfire-lint disable-line RF1001</c> and <c># redfire-lint disable-file RF1001</c> (<c>//</c> in C#; no ids
/// means every rule; ids separated by commas or spaces). For teams coming from peers: <c># hadolint ignore=DL3006</c>
/// (next instruction), <c># hadolint stage ignore=…</c> (the rest of the stage) and <c># hadolint global ignore=…</c>, and Docker's <c># check=skip=JSONArgsRecommended</c>
/// (as a parser directive: whole file; as a comment directly above an instruction: that instruction, as BuildKit
/// merges it into the instruction's lint config), silence our rules that alias those ids.
/// In a Dockerfile, "next line" means the whole next instruction, continuation lines included.
/// </summary>
public sealed class Suppressions
{
    private const string OurComment =
        @"(?:#|//)\s*redfire-lint\s+(?<verb>disable-next-line|disable-line|disable-file)(?=\s|$)(?<ids>.*?)(?:\s--.*)?$";

    /// <summary>Ours, also as a trailing comment (<c>privileged: true # redfire-lint disable-line RF2001</c>).</summary>
    private static readonly Regex Ours = new(@"(?:^|\s)" + OurComment, RegexOptions.CultureInvariant);

    /// <summary>In a Dockerfile '#' starts a comment only at the start of a line.</summary>
    private static readonly Regex OursWholeLine = new(@"^\s*" + OurComment, RegexOptions.CultureInvariant);

    private static readonly Regex Hadolint = new(@"^\s*#\s*hadolint\s+(?:(?<global>global)\s+|(?<stage>stage)\s+)?ignore\s*=\s*(?<ids>[A-Za-z0-9_, ]+)", RegexOptions.CultureInvariant);

    private static readonly Regex From = new(@"^\s*FROM\s", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);

    private static readonly Regex InstructionCheck = new(@"^\s*#\s*check\s*=\s*(?<value>.*?)\s*$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);

    private static readonly Regex ParserDirective = new(@"^\s*#\s*(?<key>[A-Za-z][A-Za-z0-9_-]*)\s*=\s*(?<value>.*?)\s*$", RegexOptions.CultureInvariant);

    private static readonly Regex LineBreak = new(@"\r\n|\r|\n", RegexOptions.CultureInvariant);

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
        if (!MayHoldSuppressions(source)) return Empty;
        var result = new Suppressions();
        var lines = LineBreak.Split(source.Text);
        var isDockerfile = source.Kind == FileKind.Dockerfile;
        var inDirectiveHeader = isDockerfile;
        var escape = '\\';
        for (var index = 0; index < lines.Length; index++)
        {
            var line = lines[index];
            var lineNumber = index + 1;

            if (inDirectiveHeader)
            {
                var directive = ParserDirective.Match(line);
                inDirectiveHeader = directive.Success;
                if (directive.Success)
                {
                    escape = ApplyDirective(result, catalog, directive, escape);
                    continue;
                }
            }

            var ours = (isDockerfile ? OursWholeLine : Ours).Match(line);
            if (ours.Success)
            {
                var ids = SplitIds(ours.Groups["ids"].Value, upperCase: true);
                if (ids.Count == 0) ids.Add(AllRules);
                switch (ours.Groups["verb"].Value)
                {
                    case "disable-file": result._fileWide.UnionWith(ids); break;
                    case "disable-line": result.AddLines(lineNumber, lineNumber, ids); break;
                    default: result.AddNextStatement(lines, index, isDockerfile, escape, ids); break;
                }
                continue;
            }
            if (!isDockerfile) continue;

            var hadolint = Hadolint.Match(line);
            if (hadolint.Success)
            {
                var ids = Translate(catalog, "hadolint:", SplitIds(hadolint.Groups["ids"].Value, upperCase: true));
                if (hadolint.Groups["global"].Success) result._fileWide.UnionWith(ids);
                else if (hadolint.Groups["stage"].Success) result.AddStage(lines, index, ids);
                else result.AddNextStatement(lines, index, isDockerfile, escape, ids);
                continue;
            }

            var check = InstructionCheck.Match(line);
            if (check.Success)
                result.AddNextStatement(lines, index, isDockerfile, escape, Translate(catalog, "buildkit:", ParseCheckSkip(check.Groups["value"].Value)));
        }
        return result;
    }

    /// <summary>
    /// Whether the file names any of the comment forms; most files hold none, and every file with a finding is parsed
    /// (one after the other, at the end of a run).
    /// </summary>
    private static bool MayHoldSuppressions(SourceFile source)
    {
        var text = source.Text;
        if (text.IndexOf("redfire-lint", StringComparison.Ordinal) >= 0) return true;
        if (source.Kind != FileKind.Dockerfile) return false;
        if (text.IndexOf("hadolint", StringComparison.Ordinal) >= 0) return true;
        // A check directive or comment: '#', blanks, "check" in any case.
        for (var hash = text.IndexOf('#'); hash >= 0; hash = text.IndexOf('#', hash + 1))
        {
            var at = hash + 1;
            while (at < text.Length && char.IsWhiteSpace(text[at]) && text[at] != '\n') at++;
            if (string.Compare(text, at, "check", 0, 5, StringComparison.OrdinalIgnoreCase) == 0) return true;
        }
        return false;
    }

    /// <summary>Handles one parser directive of a Dockerfile's header; returns the (possibly changed) escape character.</summary>
    private static char ApplyDirective(Suppressions result, RuleCatalog catalog, Match directive, char escape)
    {
        var key = directive.Groups["key"].Value.ToLowerInvariant();
        var value = directive.Groups["value"].Value;
        if (key == "escape" && value.Length == 1) return value[0];
        if (key == "check") result._fileWide.UnionWith(Translate(catalog, "buildkit:", ParseCheckSkip(value)));
        return escape;
    }

    private void AddLines(int first, int last, IEnumerable<string> ids)
    {
        var idList = ids.ToArray();
        for (var line = first; line <= last; line++)
        {
            if (!_byLine.TryGetValue(line, out var set)) _byLine[line] = set = new HashSet<string>(StringComparer.Ordinal);
            set.UnionWith(idList);
        }
    }

    /// <summary>
    /// Suppresses the first line after <paramref name="index"/> that is neither blank nor a comment; in a Dockerfile,
    /// together with the continuation lines of that instruction.
    /// </summary>
    private void AddNextStatement(string[] lines, int index, bool isDockerfile, char escape, IEnumerable<string> ids)
    {
        var first = index + 1;
        while (first < lines.Length && IsBlankOrComment(lines[first])) first++;
        if (first >= lines.Length) return;
        var last = first;
        if (isDockerfile)
        {
            // A line ending in the escape character continues; blank and comment lines inside an instruction are skipped.
            var continues = EndsWithEscape(lines[first], escape);
            while (continues && last + 1 < lines.Length)
            {
                last++;
                if (!IsBlankOrComment(lines[last])) continues = EndsWithEscape(lines[last], escape);
            }
        }
        AddLines(first + 1, last + 1, ids);
    }

    /// <summary>
    /// hadolint's <c># hadolint stage ignore=…</c>: the stage the pragma is in, from the pragma on, or, right above
    /// a FROM, the stage that FROM starts; up to the next FROM.
    /// </summary>
    private void AddStage(string[] lines, int index, IEnumerable<string> ids)
    {
        var first = index + 1;
        while (first < lines.Length && IsBlankOrComment(lines[first])) first++;
        var last = first < lines.Length && From.IsMatch(lines[first]) ? first + 1 : first;
        while (last < lines.Length && !From.IsMatch(lines[last])) last++;
        AddLines(index + 2, last, ids);
    }

    private static bool IsBlankOrComment(string line)
    {
        var trimmed = line.Trim();
        return trimmed.Length == 0 || trimmed.StartsWith("#", StringComparison.Ordinal) || trimmed.StartsWith("//", StringComparison.Ordinal);
    }

    private static bool EndsWithEscape(string line, char escape)
    {
        var trimmed = line.TrimEnd();
        return trimmed.Length > 0 && trimmed[trimmed.Length - 1] == escape;
    }

    private static HashSet<string> SplitIds(string text, bool upperCase) =>
        new(text.Split([',', ' ', '\t'], StringSplitOptions.RemoveEmptyEntries).Select(s => upperCase ? s.Trim().ToUpperInvariant() : s.Trim()), StringComparer.Ordinal);

    /// <summary><c>skip=A,B;error=true</c> → {A, B}; <c>skip=all</c> → every rule.</summary>
    private static HashSet<string> ParseCheckSkip(string body)
    {
        foreach (var part in body.Split(';'))
        {
            var pair = part.Split(['='], 2);
            if (pair.Length == 2 && pair[0].Trim().Equals("skip", StringComparison.OrdinalIgnoreCase))
                return SplitIds(pair[1], upperCase: false);
        }
        return new HashSet<string>(StringComparer.Ordinal);
    }

    private static HashSet<string> Translate(RuleCatalog catalog, string peer, HashSet<string> peerIds)
    {
        if (peerIds.Contains("all") || peerIds.Contains("ALL"))
            return new HashSet<string>(catalog.Rules.Where(r => r.Aliases.Any(a => a.StartsWith(peer, StringComparison.OrdinalIgnoreCase))).Select(r => r.Id), StringComparer.Ordinal);
        return new HashSet<string>(peerIds.SelectMany(id => catalog.ByAlias(peer + id)).Select(r => r.Id), StringComparer.Ordinal);
    }
}

using System;
using System.Collections.Generic;
using System.IO;
using System.Text.RegularExpressions;
using RedFire.Lint.Findings;

namespace RedFire.Lint.MsBuild;

/// <summary>
/// Reads <c>dotnet_diagnostic.RFxxxx.severity</c> from the analyzer config files the compiler gets
/// (<c>@(EditorConfigFiles)</c>: every .globalconfig and .editorconfig above the project), so one setting
/// governs the analyzer (where Roslyn applies it) and the task alike. A global config's keys apply
/// everywhere; in an .editorconfig only the <c>[*]</c> section names every deployment file. Later files win,
/// and .editorconfig files win over global configs, as in the compiler.
/// </summary>
internal static class AnalyzerConfigSeverities
{
    private static readonly Regex SeverityKey = new(
        @"^\s*dotnet_diagnostic\.(?<id>RF\d{4})\.severity\s*[=:]\s*(?<value>[^#;\r\n]*)",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);

    private static readonly Regex GlobalMarker = new(@"^\s*is_global\s*[=:]\s*true\s*$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);

    public static IReadOnlyDictionary<string, Severity> Read(IEnumerable<string> paths)
    {
        var global = new Dictionary<string, Severity>(StringComparer.OrdinalIgnoreCase);
        var editor = new Dictionary<string, Severity>(StringComparer.OrdinalIgnoreCase);
        foreach (var path in paths)
        {
            string[] lines;
            try
            {
                lines = File.ReadAllLines(path);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                continue;
            }
            var isGlobal = Path.GetFileName(path).Equals(".globalconfig", StringComparison.OrdinalIgnoreCase)
                || Array.Exists(lines, l => GlobalMarker.IsMatch(l));
            Collect(lines, isGlobal, isGlobal ? global : editor);
        }
        foreach (var pair in editor) global[pair.Key] = pair.Value;
        return global;
    }

    private static void Collect(string[] lines, bool isGlobal, Dictionary<string, Severity> into)
    {
        string? section = null;
        foreach (var raw in lines)
        {
            var line = raw.Trim();
            if (line.StartsWith("[", StringComparison.Ordinal) && line.EndsWith("]", StringComparison.Ordinal))
            {
                section = line.Substring(1, line.Length - 2).Trim();
                continue;
            }
            var applies = isGlobal ? section is null : section is "*" or "**";
            if (!applies) continue;
            var match = SeverityKey.Match(line);
            if (match.Success && SeverityNames.TryParse(match.Groups["value"].Value, out var severity))
                into[match.Groups["id"].Value.ToUpperInvariant()] = severity;
        }
    }
}

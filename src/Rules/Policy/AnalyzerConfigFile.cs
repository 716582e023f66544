using System;
using System.Collections.Generic;
using System.Text.RegularExpressions;
using RedFire.Lint.Findings;

namespace RedFire.Lint.Policy;

/// <summary>
/// The <c>dotnet_diagnostic.&lt;id&gt;.severity</c> settings of one <c>.editorconfig</c> or <c>.globalconfig</c>,
/// so one setting governs the CLI, the MSBuild task and the analyzer. Only our ids (RFxxxx) are kept.
/// </summary>
internal sealed class AnalyzerConfigFile
{
    private static readonly Regex Setting = new(@"^dotnet_diagnostic\.(?<id>RF\d{4})\.severity$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);

    private AnalyzerConfigFile(string directory, bool isRoot, IReadOnlyDictionary<string, Severity> global, IReadOnlyList<Section> sections)
    {
        Directory = directory;
        IsRoot = isRoot;
        Global = global;
        Sections = sections;
    }

    /// <summary>The directory holding the file; section globs are relative to it.</summary>
    public string Directory { get; }

    /// <summary><c>root = true</c>: .editorconfig files further up do not apply.</summary>
    public bool IsRoot { get; }

    /// <summary>Settings before any section (how a .globalconfig is written).</summary>
    public IReadOnlyDictionary<string, Severity> Global { get; }

    public IReadOnlyList<Section> Sections { get; }

    public sealed record Section(Glob Glob, IReadOnlyDictionary<string, Severity> Severities);

    public static AnalyzerConfigFile Parse(string directory, string text)
    {
        var global = new Dictionary<string, Severity>(StringComparer.Ordinal);
        var sections = new List<Section>();
        var current = global;
        var isRoot = false;
        foreach (var raw in text.Split('\n'))
        {
            var line = raw.Trim();
            if (line.Length == 0 || line[0] == '#' || line[0] == ';') continue;
            if (line[0] == '[' && line[line.Length - 1] == ']')
            {
                current = new Dictionary<string, Severity>(StringComparer.Ordinal);
                sections.Add(new Section(SectionGlob(line.Substring(1, line.Length - 2)), current));
                continue;
            }
            var equals = line.IndexOf('=');
            if (equals <= 0) continue;
            var key = line.Substring(0, equals).Trim();
            var value = StripComment(line.Substring(equals + 1)).Trim();
            if (current == global && key.Equals("root", StringComparison.OrdinalIgnoreCase))
            {
                isRoot = value.Equals("true", StringComparison.OrdinalIgnoreCase);
                continue;
            }
            var setting = Setting.Match(key);
            if (setting.Success && SeverityNames.TryParse(value, out var severity))
                current[setting.Groups["id"].Value.ToUpperInvariant()] = severity;
        }
        return new AnalyzerConfigFile(directory, isRoot, global, sections);
    }

    /// <summary>EditorConfig: a section without '/' matches a file name at any depth; with one, a path from this directory.</summary>
    private static Glob SectionGlob(string pattern)
    {
        var normalized = pattern.Replace('\\', '/');
        if (normalized.IndexOf('/') < 0) return Glob.Compile("**/" + normalized);
        return Glob.Compile(normalized.TrimStart('/'));
    }

    private static string StripComment(string value)
    {
        var hash = value.IndexOfAny(['#', ';']);
        return hash >= 0 ? value.Substring(0, hash) : value;
    }
}

using System;
using System.Collections.Generic;
using RedFire.Lint.Catalog;
using RedFire.Lint.Findings;

namespace RedFire.Lint.Policy;

/// <summary>
/// Everything a user can set: the profile, severities per rule (the rule's default under the profile ←
/// .globalconfig/.editorconfig ← config file ← command line, later wins), rule options, include/exclude globs,
/// development files and policy values.
/// </summary>
public sealed record LintConfiguration
{
    /// <summary>Severities from the config file and the command line: they win over everything else.</summary>
    public IReadOnlyDictionary<string, Severity> Severities { get; init; } = new Dictionary<string, Severity>(StringComparer.Ordinal);

    /// <summary>Severities from .globalconfig/.editorconfig, which may differ per file.</summary>
    public EditorConfigSeverities FileSeverities { get; init; } = EditorConfigSeverities.None;

    public IReadOnlyDictionary<string, RuleOptions> Options { get; init; } = new Dictionary<string, RuleOptions>(StringComparer.Ordinal);

    /// <summary>Which files are linted (include/exclude globs).</summary>
    public PathFilter Files { get; init; } = PathFilter.All;

    public LintPolicy Policy { get; init; } = LintPolicy.Default;

    /// <summary>Which rules are on when nothing sets their severity.</summary>
    public RuleProfile Profile { get; init; } = RuleProfile.Recommended;

    /// <summary>Files for development and tests, where production-only rules are one level lower.</summary>
    public DevelopmentFiles DevelopmentFiles { get; init; } = DevelopmentFiles.Default;

    /// <summary>
    /// Whether files outside the linted directories may be read: an <c>include</c>, <c>env_file</c> or symbolic link
    /// that leads out of them is otherwise reported (RF0006), not read, so nothing from outside reaches the output.
    /// </summary>
    public bool ReadOutsideRoot { get; init; }

    public static LintConfiguration Default { get; } = new();

    public RuleOptions OptionsFor(string ruleId) => Options.TryGetValue(ruleId, out var options) ? options : RuleOptions.Empty;

    /// <summary>
    /// A rule's severity in a file (absolute path) when nothing sets it: its default when the profile includes it,
    /// else off; one level lower in a development file, or a Dockerfile stage no image ships, when it matters only in production.
    /// </summary>
    public Severity DefaultSeverityOf(RuleDescriptor rule, string fullPath, bool inUnshippedStage = false)
    {
        var severity = ProfileSeverityOf(rule);
        return rule.ProductionOnly && (inUnshippedStage || DevelopmentFiles.Contains(fullPath)) ? severity.OneLevelLower() : severity;
    }

    /// <summary>A rule's default under the profile, in a production file; none when the profile leaves it out.</summary>
    public Severity ProfileSeverityOf(RuleDescriptor rule) => Profile.Includes(rule.Profile) ? rule.DefaultSeverity : Severity.None;

    /// <summary>The severity of a rule's findings in a file (absolute path), given the rule's default there.</summary>
    public Severity SeverityOf(string ruleId, string fullPath, Severity defaultSeverity)
    {
        if (Severities.TryGetValue(ruleId, out var configured)) return configured;
        if (FileSeverities.TryGet(ruleId, fullPath, out var fromEditorConfig)) return fromEditorConfig;
        return defaultSeverity;
    }

    /// <summary>True when no file can get a finding of the rule, so the engine need not run it.</summary>
    public bool IsOffEverywhere(string ruleId, Severity defaultSeverity)
    {
        if (Severities.TryGetValue(ruleId, out var configured)) return configured == Severity.None;
        return defaultSeverity == Severity.None && !FileSeverities.EnablesAnywhere(ruleId);
    }
}

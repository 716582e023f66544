using System;
using System.Collections.Generic;
using RedFire.Lint.Findings;

namespace RedFire.Lint.Policy;

/// <summary>
/// Everything a user can set: severities per rule (rules.json defaults ← .globalconfig/.editorconfig ←
/// config file ← command line, later wins), rule options, include/exclude globs and policy values.
/// </summary>
public sealed record LintConfiguration
{
    public IReadOnlyDictionary<string, Severity> Severities { get; init; } = new Dictionary<string, Severity>(StringComparer.Ordinal);

    public IReadOnlyDictionary<string, RuleOptions> Options { get; init; } = new Dictionary<string, RuleOptions>(StringComparer.Ordinal);

    public IReadOnlyList<string> Include { get; init; } = [];

    public IReadOnlyList<string> Exclude { get; init; } = [];

    public LintPolicy Policy { get; init; } = LintPolicy.Default;

    public static LintConfiguration Default { get; } = new();

    public RuleOptions OptionsFor(string ruleId) => Options.TryGetValue(ruleId, out var options) ? options : RuleOptions.Empty;
}

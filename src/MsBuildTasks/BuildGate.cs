using System;
using System.Collections.Generic;
using RedFire.Lint.Findings;

namespace RedFire.Lint.MsBuild;

/// <summary>How a finding shows up in the build log.</summary>
internal enum BuildOutcome
{
    Skip,
    Message,
    Warning,
    Error,
}

/// <summary>
/// Decides, for one finding, what the build does with it — the way the compiler treats its own warnings.
/// MSBuild applies <c>TreatWarningsAsErrors</c> only to the compiler, so the task applies it (and the lists)
/// to RF ids itself. Order: the <c>RedFireLintFailOn</c> threshold turns findings at or above it into errors
/// (and, below it, errors into warnings); then <c>NoWarn</c> silences, <c>WarningsNotAsErrors</c> keeps a
/// warning a warning, and <c>TreatWarningsAsErrors</c>/<c>WarningsAsErrors</c> make it an error.
/// </summary>
internal sealed class BuildGate
{
    private readonly bool _treatWarningsAsErrors;
    private readonly HashSet<string> _warningsAsErrors;
    private readonly HashSet<string> _warningsNotAsErrors;
    private readonly HashSet<string> _noWarn;
    private readonly Severity _failOn;

    public BuildGate(bool treatWarningsAsErrors, string? warningsAsErrors, string? warningsNotAsErrors, string? noWarn, Severity failOn)
    {
        _treatWarningsAsErrors = treatWarningsAsErrors;
        _warningsAsErrors = ParseIds(warningsAsErrors);
        _warningsNotAsErrors = ParseIds(warningsNotAsErrors);
        _noWarn = ParseIds(noWarn);
        _failOn = failOn;
    }

    public BuildOutcome Decide(string ruleId, Severity severity)
    {
        if (severity == Severity.None || _noWarn.Contains(ruleId)) return BuildOutcome.Skip;

        var level = _failOn != Severity.None && severity >= _failOn ? Severity.Error
            : severity == Severity.Error ? Severity.Warning
            : severity;

        return level switch
        {
            Severity.Error => BuildOutcome.Error,
            Severity.Info => BuildOutcome.Message,
            _ when _warningsNotAsErrors.Contains(ruleId) => BuildOutcome.Warning,
            _ when _treatWarningsAsErrors || _warningsAsErrors.Contains(ruleId) => BuildOutcome.Error,
            _ => BuildOutcome.Warning,
        };
    }

    /// <summary>MSBuild lists: <c>;</c> or <c>,</c> separated, with whitespace and newlines from property concatenation.</summary>
    private static HashSet<string> ParseIds(string? list) =>
        new(
            (list ?? string.Empty).Split([';', ',', ' ', '\t', '\r', '\n'], StringSplitOptions.RemoveEmptyEntries),
            StringComparer.OrdinalIgnoreCase);
}

using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Microsoft.Build.Utilities;
using RedFire.Lint.Findings;

namespace RedFire.Lint.MsBuild;

/// <summary>
/// The build's gating properties, passed in from the project as the compiler gets them, and the one way
/// findings reach the log.
/// </summary>
public abstract class GatedReportTask : Task
{
    public bool TreatWarningsAsErrors { get; set; }

    public string? WarningsAsErrors { get; set; }

    public string? WarningsNotAsErrors { get; set; }

    public string? NoWarn { get; set; }

    /// <summary>The lowest severity that fails the build (<c>$(RedFireLintFailOn)</c>): error, warning, info or none.</summary>
    public string FailOn { get; set; } = "error";

    /// <summary>
    /// False when the package's analyzer runs: it reports findings in C# files itself (in the IDE too), so the
    /// task leaves them out and nothing is reported twice.
    /// </summary>
    public bool ReportCSharpFindings { get; set; }

    private protected void Report(IEnumerable<ReportedFinding> findings)
    {
        if (!SeverityNames.TryParse(FailOn, out var failOn) && !string.IsNullOrWhiteSpace(FailOn))
        {
            Log.LogError($"RedFireLintFailOn is '{FailOn}'; it must be one of error, warning, info, none.");
            return;
        }
        var gate = new BuildGate(TreatWarningsAsErrors, WarningsAsErrors, WarningsNotAsErrors, NoWarn,
            string.IsNullOrWhiteSpace(FailOn) ? Severity.Error : failOn);
        FindingLog.Report(Log, gate, findings.Where(f => ReportCSharpFindings || !IsCSharp(f.File)));
    }

    private static bool IsCSharp(string file) => Path.GetExtension(file).Equals(".cs", StringComparison.OrdinalIgnoreCase);
}

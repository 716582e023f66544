using System.Collections.Generic;
using System.Linq;
using RedFire.Lint.Findings;

namespace RedFire.Lint.Engine;

/// <summary>A run's diagnostics, sorted by file, line, column and rule id (secrets in them masked where rules quoted them, as <see cref="Findings.Sensitive"/>).</summary>
public sealed record LintResult(IReadOnlyList<Diagnostic> Diagnostics, ModelSet Models)
{
    /// <summary>
    /// The files the run looked at: those passed in and those they reference (an included compose file, a
    /// Dockerfile a service builds), so "in N of M files" never has N above M.
    /// </summary>
    public int FileCount { get; init; }

    public bool HasAtLeast(Severity threshold) =>
        threshold != Severity.None && Diagnostics.Any(d => d.Severity >= threshold);
}

using System.Collections.Generic;
using System.Linq;
using RedFire.Lint.Findings;

namespace RedFire.Lint.Engine;

/// <summary>A run's diagnostics, sorted by file, line, column and rule id (secrets in them masked where rules quoted them, as <see cref="Findings.Sensitive"/>).</summary>
public sealed record LintResult(IReadOnlyList<Diagnostic> Diagnostics, ModelSet Models)
{
    public bool HasAtLeast(Severity threshold) =>
        threshold != Severity.None && Diagnostics.Any(d => d.Severity >= threshold);
}

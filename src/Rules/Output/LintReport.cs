using System.Collections.Generic;
using RedFire.Lint.Catalog;
using RedFire.Lint.Findings;
using RedFire.Lint.Sources;

namespace RedFire.Lint.Output;

/// <summary>What every output format renders: a run's diagnostics and the facts about the run they need.</summary>
public sealed record LintReport(IReadOnlyList<Diagnostic> Diagnostics)
{
    /// <summary>The tool's version as users see it ("0.1.0"), without build metadata, so output is repeatable.</summary>
    public string ToolVersion { get; init; } = "0.0.0";

    /// <summary>Absolute path that diagnostics' file paths are relative to (SARIF's %SRCROOT%).</summary>
    public string WorkingDirectory { get; init; } = System.IO.Directory.GetCurrentDirectory();

    /// <summary>How many files were linted, for the text summary.</summary>
    public int FileCount { get; init; }

    public RuleCatalog Catalog { get; init; } = RuleCatalog.Default;

    /// <summary>
    /// The linted files, for the code frames of the text format. Only these are quoted: a file that a loader read
    /// from outside the linted tree (a Dockerfile a compose file builds in ../) gets no frame, nor does a file that
    /// was not read as text.
    /// </summary>
    public IReadOnlyList<SourceFile> Sources { get; init; } = [];
}

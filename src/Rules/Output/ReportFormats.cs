using System.Collections.Generic;

namespace RedFire.Lint.Output;

/// <summary>The output formats by the name users pass to <c>--format</c>.</summary>
public static class ReportFormats
{
    public static IReadOnlyList<string> Names { get; } = ["text", "json", "sarif", "msbuild", "github"];

    /// <summary>The writer for a format name, or null when there is no such format.</summary>
    /// <param name="color">Whether the text format may use ANSI colours (a terminal, NO_COLOR unset).</param>
    public static IReportWriter? Create(string name, bool color = false) => name.ToLowerInvariant() switch
    {
        "text" => new TextReportWriter(color),
        "json" => new JsonReportWriter(),
        "sarif" => new SarifReportWriter(),
        "msbuild" => new MsBuildReportWriter(),
        "github" => new GitHubReportWriter(),
        _ => null,
    };
}

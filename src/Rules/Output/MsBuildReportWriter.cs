using System.IO;
using RedFire.Lint.Findings;

namespace RedFire.Lint.Output;

/// <summary>
/// MSBuild's canonical error format, which Visual Studio, VS Code problem matchers and Azure Pipelines parse:
/// <c>file(line,col,endLine,endCol): warning RF1001: message</c>.
/// </summary>
public sealed class MsBuildReportWriter : IReportWriter
{
    public void Write(LintReport report, TextWriter output)
    {
        foreach (var diagnostic in report.Diagnostics)
        {
            var l = diagnostic.Location;
            output.Write($"{l.File}({l.Line},{l.Column},{l.EndLine},{l.EndColumn}): {diagnostic.Severity.ToName()} {diagnostic.RuleId}: {OneLine(diagnostic.Message)}\n");
        }
    }

    /// <summary>The format is one line per diagnostic; a line break would start a bogus record.</summary>
    internal static string OneLine(string message) => message.Replace("\r\n", " ").Replace('\r', ' ').Replace('\n', ' ');
}

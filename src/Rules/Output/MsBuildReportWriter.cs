using System.IO;
using RedFire.Lint.Findings;

namespace RedFire.Lint.Output;

/// <summary>
/// MSBuild's canonical error format, which Visual Studio, VS Code problem matchers and Azure Pipelines parse:
/// <c>file(line,col,endLine,endCol): warning RF1001: message Help: fix</c>. The help goes on the same line, as the
/// format has no other place for it and the error list shows only that line.
/// </summary>
public sealed class MsBuildReportWriter : IReportWriter
{
    public void Write(LintReport report, TextWriter output)
    {
        foreach (var diagnostic in report.Diagnostics)
        {
            var l = diagnostic.Location;
            output.Write($"{l.File}({l.Line},{l.Column},{l.EndLine},{l.EndColumn}): {diagnostic.Severity.ToName()} {diagnostic.RuleId}: {OneLine(WithHelp(diagnostic.Message, diagnostic.Help))}\n");
        }
    }

    /// <summary>The message and its help as one text, the same in the CLI's msbuild format and in the build task's log.</summary>
    public static string WithHelp(string message, string help) => help.Length == 0 ? message : $"{message} Help: {help}";

    /// <summary>The format is one line per diagnostic; a line break would start a bogus record.</summary>
    internal static string OneLine(string message) => message.Replace("\r\n", " ").Replace('\r', ' ').Replace('\n', ' ');
}

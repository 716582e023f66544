using System.IO;
using System.Text;
using RedFire.Lint.Findings;

namespace RedFire.Lint.Output;

/// <summary>
/// GitHub Actions workflow commands, which annotate the pull request:
/// <c>::warning file=…,line=…,col=…,endLine=…,endColumn=…,title=RF1001::message</c> (info becomes <c>notice</c>);
/// the help, if any, is the annotation's second line.
/// </summary>
public sealed class GitHubReportWriter : IReportWriter
{
    public void Write(LintReport report, TextWriter output)
    {
        foreach (var diagnostic in report.Diagnostics)
        {
            var l = diagnostic.Location;
            var command = diagnostic.Severity switch
            {
                Severity.Error => "error",
                Severity.Warning => "warning",
                _ => "notice",
            };
            output.Write($"::{command} file={Property(l.File)},line={l.Line},col={l.Column},endLine={l.EndLine},endColumn={l.EndColumn}," +
                         $"title={Property(diagnostic.RuleId)}::{Data(diagnostic.Help.Length == 0 ? diagnostic.Message : $"{diagnostic.Message}\nHelp: {diagnostic.Help}")}\n");
        }
    }

    /// <summary>The runner's escaping for a command's message: %, CR and LF.</summary>
    internal static string Data(string value) =>
        new StringBuilder(value).Replace("%", "%25").Replace("\r", "%0D").Replace("\n", "%0A").ToString();

    /// <summary>The runner's escaping for a property value: the message escapes plus ':' and ','.</summary>
    internal static string Property(string value) =>
        new StringBuilder(Data(value)).Replace(":", "%3A").Replace(",", "%2C").ToString();
}

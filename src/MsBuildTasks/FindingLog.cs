using System.Collections.Generic;
using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;
using RedFire.Lint.Output;

namespace RedFire.Lint.MsBuild;

/// <summary>Writes findings to the build log in the compiler's shape: <c>file(3,12,3,33): warning RF2001: …</c>.</summary>
internal static class FindingLog
{
    public static void Report(TaskLoggingHelper log, BuildGate gate, IEnumerable<ReportedFinding> findings)
    {
        foreach (var f in findings)
        {
            var code = f.RuleId.Length == 0 ? null : f.RuleId;
            var text = MsBuildReportWriter.WithHelp(f.Message, f.Help);
            // No message arguments: the text is final and may contain braces, which must not be formatted.
            switch (gate.Decide(f.RuleId, f.Severity))
            {
                case BuildOutcome.Error:
                    log.LogError(null, code, code, f.HelpUri, f.File, f.Line, f.Column, f.EndLine, f.EndColumn, text);
                    break;
                case BuildOutcome.Warning:
                    log.LogWarning(null, code, code, f.HelpUri, f.File, f.Line, f.Column, f.EndLine, f.EndColumn, text);
                    break;
                case BuildOutcome.Message:
                    log.LogMessage(null, code, code, f.File, f.Line, f.Column, f.EndLine, f.EndColumn, MessageImportance.Normal, text);
                    break;
            }
        }
    }
}

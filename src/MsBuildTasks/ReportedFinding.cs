using RedFire.Lint.Findings;

namespace RedFire.Lint.MsBuild;

/// <summary>
/// A diagnostic as the build reports it: the engine's severity (before the build's gating, which can change
/// between builds without the files changing) and the file's full path, so the IDE's error list can open it.
/// The help (how to fix it) follows the message on the log line: a build log has no other place for it.
/// </summary>
internal sealed record ReportedFinding(
    string RuleId,
    Severity Severity,
    string File,
    int Line,
    int Column,
    int EndLine,
    int EndColumn,
    string Message,
    string HelpUri,
    string Help = "");

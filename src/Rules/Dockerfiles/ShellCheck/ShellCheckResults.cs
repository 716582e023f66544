using System.Collections.Generic;
using RedFire.Lint.Sources;

namespace RedFire.Lint.Dockerfiles.ShellCheck;

/// <summary>A ShellCheck comment mapped back to the Dockerfile: <see cref="Level"/> is error, warning, info or style.</summary>
public sealed record ShellCheckFinding(Location Location, string Level, int Code, string Message)
{
    public bool IsWarningOrError => Level is "error" or "warning";
}

/// <summary>
/// What ShellCheck said about the run's RUN instructions (<see cref="ScriptCount"/> of them). <see cref="NotRunReason"/>
/// says why it did not run (not on PATH, failed or too slow), and then <see cref="Findings"/> is empty.
/// </summary>
public sealed record ShellCheckResults(string? NotRunReason, int ScriptCount, IReadOnlyList<ShellCheckFinding> Findings);

using System.Linq;
using RedFire.Lint.Dockerfiles.ShellCheck;

namespace RedFire.Lint.Rules.Dockerfile;

/// <summary>RF1090: ShellCheck errors and warnings in a RUN: commands that do not do what they say.</summary>
public sealed class ShellCheckWarning : IRule<ShellCheckResults>
{
    public string Id => RuleIds.ShellCheckWarning;

    public void Check(ShellCheckResults model, RuleContext context)
    {
        foreach (var finding in model.Findings.Where(f => f.IsWarningOrError))
            ShellCheckReport.Report(context, finding);
    }
}

internal static class ShellCheckReport
{
    public static void Report(RuleContext context, ShellCheckFinding finding) =>
        context.Report(finding.Location,
            $"SC{finding.Code}: {finding.Message}",
            $"See https://www.shellcheck.net/wiki/SC{finding.Code}; '# hadolint ignore=SC{finding.Code}' above the RUN accepts it.");
}

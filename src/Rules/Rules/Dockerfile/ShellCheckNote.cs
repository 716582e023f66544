using System.Linq;
using RedFire.Lint.Dockerfiles.ShellCheck;

namespace RedFire.Lint.Rules.Dockerfile;

/// <summary>RF1091: ShellCheck's info and style notes in a RUN (quoting, useless cat, …).</summary>
public sealed class ShellCheckNote : IRule<ShellCheckResults>
{
    public string Id => RuleIds.ShellCheckNote;

    public void Check(ShellCheckResults model, RuleContext context)
    {
        foreach (var finding in model.Findings.Where(f => !f.IsWarningOrError))
            ShellCheckReport.Report(context, finding);
    }
}

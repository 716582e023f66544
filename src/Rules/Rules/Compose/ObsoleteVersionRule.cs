using RedFire.Lint.Compose;

namespace RedFire.Lint.Rules.Compose;

/// <summary>RF2004: the top-level <c>version</c> key is obsolete; Compose ignores it and warns.</summary>
public sealed class ObsoleteVersionRule : IRule<ComposeProject>
{
    public string Id => RuleIds.ObsoleteVersion;

    public void Check(ComposeProject project, RuleContext context)
    {
        if (project.Root.Find("version") is not { } version) return;
        context.Report(version.Key.UsedAt,
            $"The top-level 'version: {version.Value}' is obsolete: Compose ignores it and warns on every run.",
            $"Remove the line.");
    }
}

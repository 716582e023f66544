namespace RedFire.Lint.Rules.Compose;

/// <summary>RF2059: without a CPU limit one busy service can starve the others on the host.</summary>
public sealed class CpusNotLimitedRule() : ResourceLimitRule("cpus", ["cpus", "cpu_quota"], "CPU",
    "a busy loop in it can starve every other service on the host", "\"0.5\"")
{
    public override string Id => RuleIds.CpusNotLimited;
}

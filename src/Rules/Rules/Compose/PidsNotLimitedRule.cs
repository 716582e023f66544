namespace RedFire.Lint.Rules.Compose;

/// <summary>RF2060 (off by default): without a process limit a fork bomb or a runaway worker pool exhausts the host's process table.</summary>
public sealed class PidsNotLimitedRule() : ResourceLimitRule("pids", ["pids_limit"], "process-count",
    "a fork bomb or a runaway worker pool in it can exhaust the host's process table", "200")
{
    public override string Id => RuleIds.PidsNotLimited;
}

namespace RedFire.Lint.Rules.Compose;

/// <summary>RF2058: without a memory limit one leaking service can push the whole host into the OOM killer.</summary>
public sealed class MemoryNotLimitedRule() : ResourceLimitRule("memory", ["mem_limit"], "memory",
    "a leak or a burst in it can take the host's memory and get other services killed", "512M")
{
    public override string Id => RuleIds.MemoryNotLimited;
}

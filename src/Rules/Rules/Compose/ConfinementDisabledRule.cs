using RedFire.Lint.Compose;

namespace RedFire.Lint.Rules.Compose;

/// <summary>RF2055: seccomp, AppArmor and SELinux are what stand between a compromised process and the host's kernel.</summary>
public sealed class ConfinementDisabledRule : IRule<ComposeProject>
{
    public string Id => RuleIds.ConfinementDisabled;

    public void Check(ComposeProject project, RuleContext context)
    {
        foreach (var service in project.Services)
        {
            foreach (var option in service.SecurityOpt)
            {
                var (key, value) = ComposeFacts.SecurityOption(option);
                var what = (key, value.ToLowerInvariant()) switch
                {
                    ("seccomp", "unconfined") => "turns off the seccomp filter, so every system call of the kernel is reachable",
                    ("apparmor", "unconfined") => "turns off the AppArmor profile",
                    ("label", "disable") => "turns off SELinux separation",
                    // Written as an SELinux label option, but what it asks for is no seccomp filter.
                    ("label", "seccomp:unconfined") => "asks to turn off the seccomp filter, so every system call of the kernel is reachable",
                    ("systempaths", "unconfined") => "unmasks /proc and /sys paths Docker hides from containers",
                    _ => null,
                };
                if (what is null) continue;
                context.Report(option.UsedAt,
                    $"Service '{service.Name}' sets security_opt '{option.Value}', which {what}.",
                    $"Remove it; if the default profile blocks something the service needs, give it a custom profile that allows just that (seccomp:/path/profile.json).");
            }
        }
    }
}

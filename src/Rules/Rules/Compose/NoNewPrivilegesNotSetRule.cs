using System;
using System.Linq;
using RedFire.Lint.Compose;

namespace RedFire.Lint.Rules.Compose;

/// <summary>RF2056: without no-new-privileges, a setuid binary in the image can raise a process back to root.</summary>
public sealed class NoNewPrivilegesNotSetRule : IRule<ComposeProject>
{
    public string Id => RuleIds.NoNewPrivilegesNotSet;

    public void Check(ComposeProject project, RuleContext context)
    {
        foreach (var service in project.Services)
        {
            var options = service.SecurityOpt.Select(o => (Option: o, Parts: ComposeFacts.SecurityOption(o))).Where(o => o.Parts.Key == "no-new-privileges").ToArray();
            if (options.Any(o => o.Parts.Value.Length == 0 || string.Equals(o.Parts.Value, "true", StringComparison.OrdinalIgnoreCase))) continue;
            var off = options.LastOrDefault().Option;
            context.Report(off?.UsedAt ?? ComposeFacts.WhereToAdd(service, "security_opt"),
                $"Service '{service.Name}' does not set no-new-privileges{(off is null ? "" : $" ('{off.Value}')")}, so a setuid or file-capability binary in the image can raise a process's privileges.",
                $"Add security_opt: [\"no-new-privileges:true\"].");
        }
    }
}

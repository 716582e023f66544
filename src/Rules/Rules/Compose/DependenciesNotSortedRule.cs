using System;
using System.Linq;
using RedFire.Lint.Compose;

namespace RedFire.Lint.Rules.Compose;

/// <summary>RF2074 (style, off by default): depends_on entries in alphabetical order, as written in each service.</summary>
public sealed class DependenciesNotSortedRule : IRule<ComposeProject>
{
    public string Id => RuleIds.DependenciesNotSorted;

    public void Check(ComposeProject project, RuleContext context)
    {
        foreach (var service in project.Services)
        {
            var names = service.DependsOn.Select(d => d.Service).ToArray();
            for (var i = 1; i < names.Length; i++)
            {
                if (string.Compare(names[i].Value, names[i - 1].Value, StringComparison.OrdinalIgnoreCase) >= 0) continue;
                context.Report(names[i].UsedAt,
                    $"Service '{service.Name}' lists dependency '{names[i].Value}' after '{names[i - 1].Value}', which sorts after it.",
                    $"Keep depends_on in alphabetical order: move '{names[i].Value}' before '{names[i - 1].Value}'.");
            }
        }
    }
}

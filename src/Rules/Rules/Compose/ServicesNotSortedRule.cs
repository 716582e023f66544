using System;
using System.Linq;
using RedFire.Lint.Compose;

namespace RedFire.Lint.Rules.Compose;

/// <summary>RF2073 (style, off by default): services in alphabetical order, within each file that defines them.</summary>
public sealed class ServicesNotSortedRule : IRule<ComposeProject>
{
    public string Id => RuleIds.ServicesNotSorted;

    public void Check(ComposeProject project, RuleContext context)
    {
        foreach (var file in project.Services.GroupBy(s => s.Key.Location.File))
        {
            var written = file.Where(s => s.Key.MergedAt is null).OrderBy(s => s.Key.Location.Line).ThenBy(s => s.Key.Location.Column).ToArray();
            for (var i = 1; i < written.Length; i++)
            {
                var previous = written[i - 1];
                if (string.Compare(written[i].Name, previous.Name, StringComparison.OrdinalIgnoreCase) >= 0) continue;
                context.Report(written[i].Key.Location,
                    $"Service '{written[i].Name}' comes after '{previous.Name}', which sorts after it.",
                    $"Keep services in alphabetical order: move '{written[i].Name}' before '{previous.Name}'.");
            }
        }
    }
}

using System;
using System.Collections.Generic;
using RedFire.Lint.Env;
using RedFire.Lint.Findings;

namespace RedFire.Lint.Rules.Env;

/// <summary>RF2501: a key set twice in one env file; Compose silently keeps the later value.</summary>
public sealed class EnvDuplicateKey : IRule<EnvFile>
{
    public string Id => RuleIds.EnvDuplicateKey;

    public void Check(EnvFile model, RuleContext context)
    {
        var first = new Dictionary<string, EnvEntry>(StringComparer.Ordinal);
        foreach (var entry in model.Entries)
        {
            if (!first.TryGetValue(entry.Key, out var earlier))
            {
                first[entry.Key] = entry;
                continue;
            }
            var same = string.Equals(earlier.Value, entry.Value, StringComparison.Ordinal) ? " (both lines give the same value)" : string.Empty;
            context.Report(entry.KeyLocation,
                $"{entry.Key} is set a second time (first on line {earlier.KeyLocation.Line}); docker compose keeps only this later value{same}.",
                $"Remove one of the two lines.",
                new RelatedLocation(earlier.KeyLocation, $"{entry.Key} is first set here"));
        }
    }
}

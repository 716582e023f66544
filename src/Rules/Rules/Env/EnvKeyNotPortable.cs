using RedFire.Lint.Env;

namespace RedFire.Lint.Rules.Env;

/// <summary>
/// RF2502: a key Compose accepts (dots, dashes, brackets, a leading digit) but that is not a shell variable name,
/// so <c>${KEY}</c> cannot reference it and shells cannot export it.
/// </summary>
public sealed class EnvKeyNotPortable : IRule<EnvFile>
{
    public string Id => RuleIds.EnvKeyNotPortable;

    public void Check(EnvFile model, RuleContext context)
    {
        foreach (var entry in model.Entries)
        {
            var problem = Problem(entry.Key);
            if (problem is null) continue;
            context.Report(entry.KeyLocation,
                $"{entry.Key} {problem}: containers get it, but ${{{entry.Key}}} cannot be used in a compose file and a shell cannot export it.",
                $"Rename it with only letters, digits and '_', not starting with a digit, unless the application needs this exact name.");
        }
    }

    private static string? Problem(string key)
    {
        if (key.Length > 0 && key[0] >= '0' && key[0] <= '9') return "starts with a digit";
        foreach (var c in key)
        {
            var portable = c == '_' || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
            if (!portable) return $"contains '{c}'";
        }
        return null;
    }
}

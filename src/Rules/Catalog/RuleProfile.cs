using System;

namespace RedFire.Lint.Catalog;

/// <summary>
/// Sets of rules, each one inside the next: <c>recommended</c> (the default: findings a careful maintainer fixes in
/// any project) ⊂ <c>strict</c> (the RedFire plan's standards) ⊂ <c>all</c> (every rule, matters of taste included).
/// Each rule belongs to the smallest profile that holds it; a rule outside the chosen profile is off.
/// </summary>
public enum RuleProfile
{
    Recommended,
    Strict,
    All,
}

public static class RuleProfiles
{
    public const string Names = "recommended, strict or all";

    /// <summary>True when a rule of profile <paramref name="rule"/> runs under the chosen profile.</summary>
    public static bool Includes(this RuleProfile chosen, RuleProfile rule) => rule <= chosen;

    public static bool TryParse(string? text, out RuleProfile profile)
    {
        switch (text?.Trim().ToLowerInvariant())
        {
            case "recommended": profile = RuleProfile.Recommended; return true;
            case "strict": profile = RuleProfile.Strict; return true;
            case "all": profile = RuleProfile.All; return true;
            default: profile = RuleProfile.Recommended; return false;
        }
    }

    public static string Name(this RuleProfile profile) => profile.ToString().ToLowerInvariant();
}

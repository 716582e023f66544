namespace RedFire.Lint.Rules;

public static partial class RuleIds
{
    /// <summary>An env file statement docker compose rejects (bad name, unclosed quote, bad ${…}).</summary>
    public const string EnvSyntax = "RF0004";
}

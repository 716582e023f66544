namespace RedFire.Lint.Rules;

public static partial class RuleIds
{
    /// <summary>An env file statement docker compose rejects (bad name, unclosed quote, bad ${…}).</summary>
    public const string EnvSyntax = "RF0004";

    public const string EnvDuplicateKey = "RF2501";

    public const string EnvKeyNotPortable = "RF2502";

    public const string EnvValueAmbiguous = "RF2503";
}

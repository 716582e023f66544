namespace RedFire.Lint.Rules;

public static partial class RuleIds
{
    /// <summary>A Dockerfile the builder would reject (reported by the Dockerfile loader).</summary>
    public const string DockerfileSyntax = "RF0001";
}

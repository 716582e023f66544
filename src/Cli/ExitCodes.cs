namespace RedFire.Lint.Cli;

/// <summary>The only exit codes the tool ever returns (a contract CI scripts rely on).</summary>
public static class ExitCodes
{
    /// <summary>Nothing at or above the --fail-on threshold.</summary>
    public const int Success = 0;

    /// <summary>Findings at or above the threshold.</summary>
    public const int Findings = 1;

    /// <summary>Bad usage, bad configuration, or a failure of the tool itself.</summary>
    public const int UsageOrConfiguration = 2;
}

namespace RedFire.Lint.Output;

/// <summary>How the tool names itself in machine-readable output.</summary>
public static class ToolInfo
{
    public const string Name = "redfire-lint";

    public const string InformationUri = "https://github.com/redfire/redfire-lint";
}

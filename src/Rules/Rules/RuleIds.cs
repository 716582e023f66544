namespace RedFire.Lint.Rules;

/// <summary>
/// Every rule id, in one class. Each area keeps its ids in its own part (RuleIds.Dockerfile.cs, …):
/// RF0xxx syntax and configuration, RF1xxx Dockerfile, RF2xxx compose, RF3xxx secrets, RF4xxx across files.
/// </summary>
public static partial class RuleIds
{
    /// <summary>A rule threw; reported instead of crashing the run.</summary>
    public const string InternalError = "RF0000";

    /// <summary>A file could not be read as text (binary, unreadable, too large).</summary>
    public const string UnreadableFile = "RF0006";

    /// <summary>A symbolic link to a folder outside the linted directory was not searched.</summary>
    public const string FolderNotSearched = "RF0010";

    /// <summary>The build found no deployment file under its root (reported by the MSBuild task).</summary>
    public const string NoDeploymentFiles = "RF0020";
}

using System.IO;
using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;

namespace RedFire.Lint.MsBuild;

/// <summary>
/// Run by a multi-targeted project's outer build before it builds each framework: holds <see cref="LockFile"/>
/// until the build ends, so the inner builds know their siblings are built too and only the first lints.
/// </summary>
public sealed class RedFireLintOuterBuild : Task
{
    [Required]
    public string LockFile { get; set; } = string.Empty;

    public override bool Execute()
    {
        var key = (typeof(RedFireLintOuterBuild).FullName, Path.GetFullPath(LockFile));
        if (BuildEngine4.GetRegisteredTaskObject(key, RegisteredTaskObjectLifetime.Build) is not null) return true;
        try
        {
            BuildEngine4.RegisterTaskObject(key, OuterBuildLock.Acquire(LockFile), RegisteredTaskObjectLifetime.Build, allowEarlyCollection: false);
        }
        catch (IOException e)
        {
            // Another build of this project holds it: its inner builds and ours then lint as if each were alone.
            Log.LogMessage(MessageImportance.Low, $"RedFire.Lint: {LockFile} is held by another build: {e.Message}");
        }
        return true;
    }
}

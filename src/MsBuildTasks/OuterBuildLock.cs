using System;
using System.IO;

namespace RedFire.Lint.MsBuild;

/// <summary>
/// Tells an inner build of a multi-targeted project whether the project's outer build is running, i.e. whether
/// its sibling frameworks are built too. MSBuild gives the inner builds no sign of it (`dotnet build -f net10.0`
/// and the outer build's dispatch look alike), so the outer build holds an exclusive lock on a file in obj/ for the
/// rest of the build; the operating system releases it when the build ends, even when it crashes.
/// </summary>
internal static class OuterBuildLock
{
    public static IDisposable Acquire(string path)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        return new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
    }

    public static bool IsHeld(string path)
    {
        if (!File.Exists(path)) return false;
        try
        {
            using var probe = new FileStream(path, FileMode.Open, FileAccess.ReadWrite, FileShare.None);
            return false;
        }
        catch (IOException)
        {
            return true;
        }
        catch (UnauthorizedAccessException)
        {
            return false;
        }
    }
}

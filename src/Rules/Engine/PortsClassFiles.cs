using System;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;

namespace RedFire.Lint.Engine;

/// <summary>
/// Finds the C# files that declare the ports class without parsing C#: the class name after <c>class</c>,
/// <c>struct</c> or <c>record</c> as a whole word. The CLI uses it to find the ports class from the repository
/// root when a subfolder is linted; the build uses it to find the project compiling it.
/// </summary>
public static class PortsClassFiles
{
    public static bool Declares(string path, string className)
    {
        try
        {
            if (!File.Exists(path)) return false;
            var text = File.ReadAllText(path);
            return text.IndexOf(className, StringComparison.Ordinal) >= 0
                && Regex.IsMatch(text, $@"\b(?:class|struct|record)\s+{Regex.Escape(className)}\b", RegexOptions.CultureInvariant);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    /// <summary>The files under <paramref name="root"/> (build output and VCS folders skipped) that declare the class, sorted.</summary>
    /// <param name="listings">Told the names in each folder listed.</param>
    public static string[] Under(string root, string className, FolderListings? listings = null) =>
        SourceDiscovery.EnumerateFiles(root, listings: listings)
            .Where(f => f.EndsWith(".cs", StringComparison.OrdinalIgnoreCase) && Declares(f, className))
            .OrderBy(f => f, StringComparer.Ordinal)
            .ToArray();
}

using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using RedFire.Lint.Engine;

namespace RedFire.Lint.MsBuild;

/// <summary>
/// Which project of the repository lints its deployment, decided by each project alone and alike, from the files
/// under the root (no project is evaluated or built for it): the one <c>$(RedFireLintProject)</c> names; else the
/// one that compiles the ports class (the C# file declaring it belongs to the nearest project file above it); else
/// the first project file, in ordinal path order, that references RedFire.Lint (or the first project file at all
/// when none names the package itself, as with a reference from Directory.Build.props).
/// </summary>
internal static class LintingProjectElection
{
    private static readonly string[] ProjectExtensions = [".csproj", ".fsproj", ".vbproj"];

    public sealed record Choice(string Project, string Reason);

    /// <param name="root">The repository root (full path).</param>
    /// <param name="self">The deciding project's file (full path).</param>
    /// <param name="compiledFiles">The deciding project's C# files (full paths): its own files need not be searched again.</param>
    public static Choice Elect(string root, string self, string portsClassName, IReadOnlyCollection<string> compiledFiles)
    {
        var compiled = new HashSet<string>(compiledFiles, StringComparer.Ordinal);
        if (compiled.Any(f => PortsClassFiles.Declares(f, portsClassName)))
            return new Choice(self, $"it compiles the ports class {portsClassName}");

        var projects = new List<string>();
        var declarations = new List<string>();
        foreach (var file in SourceDiscovery.EnumerateFiles(root))
        {
            if (ProjectExtensions.Contains(Path.GetExtension(file), StringComparer.OrdinalIgnoreCase)) projects.Add(file);
            else if (file.EndsWith(".cs", StringComparison.OrdinalIgnoreCase) && !compiled.Contains(file) && PortsClassFiles.Declares(file, portsClassName))
                declarations.Add(file);
        }
        projects.Sort(StringComparer.Ordinal);

        var declaration = declarations.OrderBy(d => d, StringComparer.Ordinal).FirstOrDefault();
        if (declaration is not null && NearestProject(projects, declaration) is { } owner)
            return new Choice(owner, $"it compiles the ports class {portsClassName} ({Path.GetRelativePath(root, declaration)})");

        var referencing = projects.Where(ReferencesPackage).ToList();
        var first = (referencing.Count > 0 ? referencing : projects).FirstOrDefault() ?? self;
        return new Choice(first, $"no project compiles the ports class {portsClassName}, and it is the first project under the root that references RedFire.Lint");
    }

    private static string? NearestProject(IReadOnlyList<string> projects, string file)
    {
        for (var folder = Path.GetDirectoryName(file); !string.IsNullOrEmpty(folder); folder = Path.GetDirectoryName(folder))
        {
            var here = projects.FirstOrDefault(p => string.Equals(Path.GetDirectoryName(p), folder, StringComparison.Ordinal));
            if (here is not null) return here;
        }
        return null;
    }

    private static bool ReferencesPackage(string projectFile)
    {
        try
        {
            return File.ReadAllText(projectFile).IndexOf("\"RedFire.Lint\"", StringComparison.OrdinalIgnoreCase) >= 0;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }
}

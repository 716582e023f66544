using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using RedFire.Lint.Engine;
using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;
using RedFire.Lint.Policy;

namespace RedFire.Lint.MsBuild;

/// <summary>
/// Decides whether this build of this project lints the repository (<see cref="LintsHere"/>): only the project
/// <see cref="LintingProjectElection"/> elects, and in a multi-targeted project only one framework's build — the
/// first of <c>$(TargetFrameworks)</c> when the outer build builds them all, else whichever is built
/// (<c>dotnet build -f</c>). Also says whether the project compiles the ports class, the one place where the
/// analyzer needs the deployment files.
/// </summary>
public sealed class RedFireLintElect : Task
{
    [Required]
    public string Root { get; set; } = string.Empty;

    [Required]
    public string ProjectFile { get; set; } = string.Empty;

    /// <summary>The project's C# files (<c>@(Compile)</c>).</summary>
    public ITaskItem[] CSharpFiles { get; set; } = [];

    /// <summary><c>$(RedFireLintProject)</c>: the project file that lints, relative to the root or absolute; empty to elect one.</summary>
    public string? LintProject { get; set; }

    public string? ConfigFile { get; set; }

    public string? TargetFramework { get; set; }

    public string? TargetFrameworks { get; set; }

    /// <summary>In a design-time build only the analyzer matters, so only a project compiling the ports class is elected.</summary>
    public bool DesignTimeBuild { get; set; }

    /// <summary>The file the project's outer build holds locked while it builds every framework (see <see cref="OuterBuildLock"/>).</summary>
    public string? OuterBuildLockFile { get; set; }

    [Output]
    public bool LintsHere { get; private set; }

    [Output]
    public bool CompilesPortsClass { get; private set; }

    public override bool Execute()
    {
        var root = Path.TrimEndingDirectorySeparator(Path.GetFullPath(Root));
        var self = Path.GetFullPath(ProjectFile);
        var compiled = CSharpFiles.Select(f => f.GetMetadata("FullPath")).ToArray();
        var portsClassName = PortsClassName(root);
        CompilesPortsClass = compiled.Any(f => PortsClassFiles.Declares(f, portsClassName));
        if (DesignTimeBuild && !CompilesPortsClass) return true;

        var choice = string.IsNullOrWhiteSpace(LintProject)
            ? LintingProjectElection.Elect(root, self, portsClassName, compiled)
            : new LintingProjectElection.Choice(Path.GetFullPath(Path.Combine(root, LintProject!.Trim())), "RedFireLintProject names it");
        if (!string.Equals(choice.Project, self, StringComparison.Ordinal))
        {
            Log.LogMessage(MessageImportance.Normal,
                $"RedFire.Lint: {root} is linted by {choice.Project} ({choice.Reason}), not here; set RedFireLintProject to choose another project.");
            return true;
        }

        var frameworks = (TargetFrameworks ?? string.Empty).Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (frameworks.Length > 1 && !string.Equals(TargetFramework, frameworks[0], StringComparison.OrdinalIgnoreCase)
            && !string.IsNullOrEmpty(OuterBuildLockFile) && OuterBuildLock.IsHeld(OuterBuildLockFile!))
        {
            Log.LogMessage(MessageImportance.Normal, $"RedFire.Lint: linted in the {frameworks[0]} build of this project, not again for {TargetFramework}.");
            return true;
        }

        LintsHere = true;
        Log.LogMessage(MessageImportance.Low, $"RedFire.Lint: {root} is linted here ({choice.Reason}).");
        return true;
    }

    /// <summary>
    /// The config file's <c>policy.portsClassName</c>, read with the framework's JSON reader: resolving the whole
    /// configuration validated the file against its schema with NJsonSchema, which cost every project's build a few
    /// hundred milliseconds. A broken config file is the lint task's to report, so the default applies here.
    /// </summary>
    private string PortsClassName(string root)
    {
        // The file the lint task resolves: the one given, else the nearest above the root.
        var path = string.IsNullOrEmpty(ConfigFile)
            ? RedFire.Lint.Policy.ConfigFile.Find([root], PhysicalFileSystem.Instance)
            : Path.GetFullPath(Path.Combine(root, ConfigFile!));
        return (path is null ? null : ConfiguredPortsClassName(path)) ?? LintPolicy.Default.PortsClassName;
    }

    internal static string? ConfiguredPortsClassName(string configFile)
    {
        try
        {
            if (!File.Exists(configFile)) return null;
            using var document = JsonDocument.Parse(File.ReadAllBytes(configFile),
                new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
            return document.RootElement.ValueKind == JsonValueKind.Object
                && document.RootElement.TryGetProperty("policy", out var policy) && policy.ValueKind == JsonValueKind.Object
                && policy.TryGetProperty("portsClassName", out var name) && name.ValueKind == JsonValueKind.String
                ? name.GetString()
                : null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or JsonException)
        {
            return null;
        }
    }
}

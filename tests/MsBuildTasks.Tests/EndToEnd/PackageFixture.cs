using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using Xunit;

namespace RedFire.Lint.MsBuild.Tests.EndToEnd;

/// <summary>
/// Packs the repository's RedFire.Lint package once per test run into a temporary folder feed, and makes consumer
/// workspaces that restore it from there into their own package folder, so a stale cached package is never used.
/// </summary>
public sealed class PackageFixture : IDisposable
{
    public const string PackageVersion = "0.1.0";

    private readonly string _root = Directory.CreateTempSubdirectory("redfire-e2e-").FullName;
    private int _workspaces;

    public PackageFixture()
    {
        RepositoryRoot = Metadata("RepositoryRoot");
        Feed = Path.Combine(_root, "feed");
        // The test project builds the package project and what it packs; packing those outputs takes seconds.
        var pack = DotNetCli.Run(RepositoryRoot, Environment,
            "pack", Path.Combine(RepositoryRoot, "src", "Package", "RedFire.Lint.Package.csproj"),
            "--no-build", "-c", Metadata("Configuration"), "-o", Feed, "-nodeReuse:false", "-v:q");
        PackOutput = pack.Output;
        Assert.True(pack.ExitCode == 0, "dotnet pack failed:\n" + pack.Output);
    }

    private static string Metadata(string key) =>
        typeof(PackageFixture).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == key).Value!;

    public string RepositoryRoot { get; }

    public string Feed { get; }

    public string PackOutput { get; }

    /// <summary>One package folder for the run: isolated from the machine's cache, shared by the run's workspaces.</summary>
    public IReadOnlyDictionary<string, string> Environment => new Dictionary<string, string>
    {
        ["NUGET_PACKAGES"] = Path.Combine(_root, "packages"),
    };

    /// <summary>
    /// A repository (a folder with .git) holding a copy of an example and, at its root, a net10.0 class library
    /// that references the package; its ServiceConfig.cs is compiled by the default globs.
    /// </summary>
    public Workspace CreateWorkspace(string example, string projectProperties = "")
    {
        var workspace = CreateRepository(example);
        workspace.Write("App.csproj", Project("net10.0", projectProperties));
        return workspace;
    }

    /// <summary>A copy of an example with a nuget.config for the package feed and no project; a repository (with .git) when <paramref name="git"/>.</summary>
    public Workspace CreateRepository(string example, bool git = true)
    {
        var directory = Path.Combine(_root, $"ws{System.Threading.Interlocked.Increment(ref _workspaces)}-{example}");
        CopyDirectory(Path.Combine(RepositoryRoot, "examples", example), directory);
        if (git)
        {
            Directory.CreateDirectory(Path.Combine(directory, ".git"));
            File.WriteAllText(Path.Combine(directory, ".git", "HEAD"), "ref: refs/heads/main\n");
        }
        File.WriteAllText(Path.Combine(directory, "nuget.config"), $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <add key="redfire-e2e" value="{Feed}" />
              </packageSources>
            </configuration>
            """);
        return new Workspace(directory, Environment);
    }

    /// <summary>A project file referencing the package: <paramref name="frameworks"/> is one framework or a ';' list.</summary>
    public static string Project(string frameworks, string properties = "", string items = "") => $"""
        <Project Sdk="Microsoft.NET.Sdk">
          <PropertyGroup>
            <{(frameworks.Contains(';') ? "TargetFrameworks" : "TargetFramework")}>{frameworks}</{(frameworks.Contains(';') ? "TargetFrameworks" : "TargetFramework")}>
            <Nullable>enable</Nullable>
            {properties}
          </PropertyGroup>
          <ItemGroup>
            <PackageReference Include="RedFire.Lint" Version="{PackageVersion}" />
            {items}
          </ItemGroup>
        </Project>
        """;

    public void Dispose()
    {
        try
        {
            Directory.Delete(_root, recursive: true);
        }
        catch (IOException)
        {
            // A build server may still hold a file; the temp folder is cleaned by the OS.
        }
    }

    private static void CopyDirectory(string source, string target)
    {
        foreach (var directory in Directory.EnumerateDirectories(source, "*", SearchOption.AllDirectories))
            Directory.CreateDirectory(Path.Combine(target, Path.GetRelativePath(source, directory)));
        Directory.CreateDirectory(target);
        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
            File.Copy(file, Path.Combine(target, Path.GetRelativePath(source, file)));
    }
}

[CollectionDefinition(Name)]
public sealed class PackageCollection : ICollectionFixture<PackageFixture>
{
    public const string Name = "packed RedFire.Lint";
}

/// <summary>A consumer repository: builds it and lints it in-process for comparison.</summary>
public sealed class Workspace
{
    private readonly IReadOnlyDictionary<string, string> _environment;

    public Workspace(string directory, IReadOnlyDictionary<string, string> environment)
    {
        Directory = directory;
        _environment = environment;
    }

    public string Directory { get; }

    public void Write(string relativePath, string text)
    {
        var path = Path.Combine(Directory, relativePath);
        System.IO.Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
    }

    public void Delete(string relativePath) => File.Delete(Path.Combine(Directory, relativePath));

    /// <summary>When the compiler last wrote a project's assembly in obj/ (it does not when CoreCompile is up to date).</summary>
    public DateTime CompiledAt(string projectFolder, string assemblyName, string framework = "net10.0") =>
        File.GetLastWriteTimeUtc(Path.Combine(Directory, projectFolder, "obj", "Debug", framework, assemblyName + ".dll"));

    /// <summary>`dotnet build App.csproj` at normal verbosity (the task's progress messages show), without build servers.</summary>
    public BuildResult Build(params string[] properties) => BuildProject("App.csproj", properties);

    /// <summary>`dotnet build` of a project or solution (relative path), at normal verbosity, without build servers.</summary>
    public BuildResult BuildProject(string project, params string[] arguments)
    {
        var result = DotNetCli.Run(Directory, _environment,
            ["build", project, "-nodeReuse:false", "-p:UseSharedCompilation=false", "-v:n", "-clp:NoSummary", .. arguments]);
        return new BuildResult(result.ExitCode, result.Output, BuildDiagnostic.Parse(result.Output), Directory);
    }
}

public sealed record BuildResult(int ExitCode, string Output, IReadOnlyList<BuildDiagnostic> Diagnostics, string Root)
{
    public IReadOnlyList<BuildDiagnostic> Rf => Diagnostics.Where(d => d.Code.StartsWith("RF", StringComparison.Ordinal)).ToArray();

    public string[] RfKeys => Rf.Select(d => d.Key(Root)).OrderBy(k => k, StringComparer.Ordinal).ToArray();

    public string[] RfKeysWithMessages => Rf.Select(d => d.KeyWithMessage(Root)).OrderBy(k => k, StringComparer.Ordinal).ToArray();

    /// <summary>
    /// How many times the log reports a rule, counting each project and framework that reports it
    /// (<see cref="Diagnostics"/> folds those together).
    /// </summary>
    public int Reports(string ruleId) =>
        Output.Split('\n')
            .Select(l => NodePrefix.Replace(l.Trim(), string.Empty))
            .Where(l => l.Contains($": warning {ruleId}:") || l.Contains($": error {ruleId}:"))
            .Distinct()
            .Count();

    /// <summary>The console logger shows a diagnostic where it happens ("3>…") and again in the closing list.</summary>
    private static readonly System.Text.RegularExpressions.Regex NodePrefix = new(@"^\d+>");

    public override string ToString() => $"exit {ExitCode}\n{Output}";
}

using System;
using System.Linq;
using RedFire.Lint.Dockerfiles;

namespace RedFire.Lint.Rules.Dockerfile;

/// <summary>
/// RF1070 (info): a build tool that downloads dependencies (cargo, go, mvn, gradle, composer, dotnet/nuget, pnpm,
/// mix, gem/bundle) in a RUN without a BuildKit cache (or tmpfs) mount on its download directory: each time the
/// layer is rebuilt, every dependency is downloaded again.
/// </summary>
public sealed class BuildCacheNotMounted : IRule<DockerfileDocument>
{
    /// <summary>A tool, the subcommands that download (null: any invocation that is not only options), and the words one of which its cache directory contains.</summary>
    private sealed record Tool(string[] Programs, string[]? Subcommands, string Directory, string[] Markers);

    private static readonly Tool[] Tools =
    [
        new(["cargo"], ["build", "b", "check", "c", "install", "fetch", "test", "t", "run", "r", "doc", "vendor", "update"], "/usr/local/cargo/registry", [".cargo", "/cargo"]),
        new(["go"], ["build", "install", "get", "mod", "test", "run"], "/go/pkg/mod", ["go-build", "pkg/mod"]),
        new(["mvn", "mvnw"], null, "/root/.m2", [".m2"]),
        new(["gradle", "gradlew"], null, "/root/.gradle", [".gradle"]),
        new(["composer"], ["install", "i", "update", "u", "upgrade", "require", "create-project"], "/root/.composer/cache", ["composer"]),
        new(["dotnet"], ["restore", "build", "publish", "test", "pack", "run"], "/root/.nuget/packages", ["nuget"]),
        new(["nuget"], ["restore", "install"], "/root/.nuget/packages", ["nuget"]),
        new(["pnpm"], ["install", "i", "add", "fetch", "update", "up", "deploy"], "/root/.local/share/pnpm/store", ["pnpm"]),
        new(["mix"], ["deps.get", "deps.compile", "compile", "release"], "/root/.hex", [".hex", ".mix"]),
        new(["gem"], ["install", "i"], "/usr/local/bundle", ["bundle", ".gem", "gems"]),
        new(["bundle"], ["install", "i", "update"], "/usr/local/bundle", ["bundle", ".gem", "gems"]),
    ];

    public string Id => RuleIds.BuildCacheNotMounted;

    public void Check(DockerfileDocument document, RuleContext context)
    {
        foreach (var (_, run, command) in document.AllRunCommands)
        {
            var tool = Tools.FirstOrDefault(t => Array.IndexOf(t.Programs, command.Program) >= 0);
            if (tool is null || !Downloads(tool, command)) continue;
            if (PackageManagers.CacheMountTargets(run).Any(target => tool.Markers.Any(m => target.IndexOf(m, StringComparison.Ordinal) >= 0))) continue;
            var name = $"{command.Program} {command.Subcommand()?.Value}".TrimEnd();
            context.Report(command.Location,
                $"'{name}' has no BuildKit cache mount on its download directory, so each rebuild of this layer downloads every dependency again.",
                $"Mount a cache: 'RUN --mount=type=cache,target={tool.Directory} {name} …'.");
        }
    }

    private static bool Downloads(Tool tool, ShellCommand command)
    {
        var sub = command.Subcommand()?.Value;
        if (tool.Subcommands is not null) return sub is not null && Array.IndexOf(tool.Subcommands, sub) >= 0;
        // mvn and gradle: any goal or task; '--version' or '-h' alone only prints.
        return sub is not null && sub != "help";
    }
}

using System;
using System.Linq;
using RedFire.Lint.Dockerfiles;

namespace RedFire.Lint.Rules.Dockerfile;

/// <summary>RF1028 (info): <c>npm install pkg</c> without <c>@version</c> (a git URL without <c>#ref</c>). <c>npm install</c>/<c>npm ci</c> from package.json are fine.</summary>
public sealed class NpmUnpinnedPackages : IRule<DockerfileDocument>
{
    internal static readonly string[] OptionsWithValue =
    [
        "--prefix", "--registry", "--cache", "--tag", "-w", "--workspace", "--loglevel", "--userconfig", "--globalconfig", "--omit",
        "--include", "--install-strategy", "--before", "--otp", "--fetch-retries", "--fetch-timeout", "--scope", "--script-shell", "--location",
    ];

    public string Id => RuleIds.NpmUnpinnedPackages;

    public void Check(DockerfileDocument document, RuleContext context)
    {
        foreach (var (_, _, command) in document.AllRunCommands)
        {
            if (!command.Runs("npm")) continue;
            var sub = command.Subcommand(OptionsWithValue)?.Value;
            if (sub is not ("install" or "i" or "add" or "isntall")) continue;
            foreach (var package in command.Operands(OptionsWithValue).Skip(1))
            {
                var name = package.Value;
                if (package.HasExpansion || IsLocal(name)) continue;
                if (IsGit(name) ? name.IndexOf('#') > 0 : HasVersion(name)) continue;
                if (IsGit(name))
                    context.Report(package.Location, $"npm package '{name}' has no commit or tag, so each build installs whatever the branch holds that day.",
                        $"Pin the commit or tag: '{name}#<ref>'.");
                else
                    context.Report(package.Location, $"npm package '{name}' has no version, so each build installs whatever is newest that day.",
                        $"Pin it ('{name.TrimEnd('@')}@<version>') or install from package.json with a lockfile.");
            }
        }
    }

    private static bool IsLocal(string name) =>
        name.StartsWith(".", StringComparison.Ordinal) || name.StartsWith("/", StringComparison.Ordinal) || name.StartsWith("~", StringComparison.Ordinal)
        || name.EndsWith(".tgz", StringComparison.Ordinal) || name.EndsWith(".tar", StringComparison.Ordinal) || name.EndsWith(".tar.gz", StringComparison.Ordinal);

    private static bool IsGit(string name) => name.StartsWith("git", StringComparison.Ordinal) || name.Contains("://");

    private static bool HasVersion(string name)
    {
        var versionAt = name.StartsWith("@", StringComparison.Ordinal) ? name.IndexOf('@', 1) : name.IndexOf('@');
        return versionAt > 0 && versionAt < name.Length - 1 && !name.EndsWith("@latest", StringComparison.Ordinal);
    }
}

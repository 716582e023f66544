using System;
using RedFire.Lint.Dockerfiles;

namespace RedFire.Lint.Rules.Dockerfile;

/// <summary>RF1028 (info): <c>npm install pkg</c> without <c>@version</c>. <c>npm install</c>/<c>npm ci</c> from package.json are fine.</summary>
public sealed class NpmUnpinnedPackages : IRule<DockerfileDocument>
{
    private static readonly string[] OptionsWithValue = ["--prefix", "--registry", "--cache", "--tag", "-w", "--workspace"];

    public string Id => RuleIds.NpmUnpinnedPackages;

    public void Check(DockerfileDocument document, RuleContext context)
    {
        foreach (var (_, _, command) in document.AllRunCommands)
        {
            if (!command.Runs("npm")) continue;
            var sub = command.Subcommand(OptionsWithValue)?.Value;
            if (sub is not ("install" or "i" or "add" or "isntall")) continue;
            var first = true;
            foreach (var package in command.Operands(OptionsWithValue))
            {
                if (first) { first = false; continue; }
                var name = package.Value;
                if (package.HasExpansion || name.StartsWith(".", StringComparison.Ordinal) || name.StartsWith("/", StringComparison.Ordinal)
                    || name.Contains("://") || name.StartsWith("git", StringComparison.Ordinal) || name.EndsWith(".tgz", StringComparison.Ordinal)) continue;
                var versionAt = name.StartsWith("@", StringComparison.Ordinal) ? name.IndexOf('@', 1) : name.IndexOf('@');
                if (versionAt > 0 && versionAt < name.Length - 1 && !name.EndsWith("@latest", StringComparison.Ordinal)) continue;
                context.Report(package.Location, $"{document.Path}: npm package '{name}' has no version; write '{name.TrimEnd('@')}@<version>' or install from package.json with npm ci");
            }
        }
    }
}

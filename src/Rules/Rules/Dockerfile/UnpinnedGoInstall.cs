using System;
using System.Linq;
using RedFire.Lint.Dockerfiles;

namespace RedFire.Lint.Rules.Dockerfile;

/// <summary>
/// RF1061 (info): <c>go install|get|run module/path</c> without <c>@version</c> (or with <c>@latest</c>): each build
/// fetches whatever is newest. Local packages (<c>.</c>, <c>./cmd/app</c>, <c>/src/app</c>, <c>main.go</c>) are not modules.
/// </summary>
public sealed class UnpinnedGoInstall : IRule<DockerfileDocument>
{
    private static readonly string[] OptionsWithValue = ["-o", "-C", "-p", "-tags", "-ldflags", "-gcflags", "-asmflags", "-mod", "-modfile", "-pkgdir", "-exec", "-overlay", "-pgo"];

    public string Id => RuleIds.UnpinnedGoInstall;

    public void Check(DockerfileDocument document, RuleContext context)
    {
        foreach (var (_, _, command) in document.AllRunCommands)
        {
            if (!command.Runs("go")) continue;
            var sub = command.Subcommand(OptionsWithValue)?.Value;
            if (sub is not ("install" or "get" or "run")) continue;
            var packages = command.Operands(OptionsWithValue).Skip(1).Where(p => p.Value != "tool");
            // go run takes one package; what follows are the program's arguments.
            if (sub == "run") packages = packages.Take(1);
            foreach (var package in packages)
            {
                var name = package.Value;
                if (package.HasExpansion || IsLocal(name)) continue;
                var at = name.LastIndexOf('@');
                if (at > 0 && name.Substring(at + 1) is { Length: > 0 } version && version != "latest") continue;
                context.Report(package.Location, $"'go {sub} {name}' has no version{(at > 0 ? " but @latest" : "")}, so each build fetches whatever is newest that day.",
                    $"Pin it: '{(at > 0 ? name.Substring(0, at) : name)}@<version>'.");
            }
        }
    }

    private static bool IsLocal(string name) =>
        name.StartsWith(".", StringComparison.Ordinal) || name.StartsWith("/", StringComparison.Ordinal) || name.EndsWith(".go", StringComparison.Ordinal) || name == "all";
}

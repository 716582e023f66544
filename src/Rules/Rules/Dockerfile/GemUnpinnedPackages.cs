using RedFire.Lint.Dockerfiles;

namespace RedFire.Lint.Rules.Dockerfile;

/// <summary>RF1029 (info): <c>gem install name</c> without <c>name:version</c> or <c>-v</c>.</summary>
public sealed class GemUnpinnedPackages : IRule<DockerfileDocument>
{
    private static readonly string[] OptionsWithValue = ["-v", "--version", "-i", "--install-dir", "-n", "--bindir", "--source", "-s", "-P", "--trust-policy", "-g", "--file"];

    public string Id => RuleIds.GemUnpinnedPackages;

    public void Check(DockerfileDocument document, RuleContext context)
    {
        foreach (var (_, _, command) in document.AllRunCommands)
        {
            if (!command.Runs("gem") || command.Subcommand(OptionsWithValue)?.Value != "install") continue;
            if (command.HasOption("-v", "--version")) continue;
            var first = true;
            foreach (var package in command.Operands(OptionsWithValue))
            {
                if (first) { first = false; continue; }
                if (package.Value.Contains(":") || package.HasExpansion || package.Value.EndsWith(".gem")) continue;
                context.Report(package.Location, $"{document.Path}: gem '{package.Value}' has no version; write '{package.Value}:<version>'");
            }
        }
    }
}

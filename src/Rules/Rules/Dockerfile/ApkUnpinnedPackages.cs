using RedFire.Lint.Dockerfiles;

namespace RedFire.Lint.Rules.Dockerfile;

/// <summary>RF1030 (info): <c>apk add pkg</c> without <c>pkg=version</c> (or a <c>~</c>/<c>&gt;</c> constraint).</summary>
public sealed class ApkUnpinnedPackages : IRule<DockerfileDocument>
{
    internal static readonly string[] OptionsWithValue = ["-t", "--virtual", "-X", "--repository", "--repositories-file", "-p", "--root", "--arch", "--cache-dir", "--keys-dir"];

    public string Id => RuleIds.ApkUnpinnedPackages;

    public void Check(DockerfileDocument document, RuleContext context)
    {
        foreach (var (_, _, command) in document.AllRunCommands)
        {
            if (!command.Runs("apk") || command.Subcommand(OptionsWithValue)?.Value != "add") continue;
            var first = true;
            foreach (var package in command.Operands(OptionsWithValue))
            {
                if (first) { first = false; continue; }
                var name = package.Value;
                if (name.IndexOfAny(['=', '~', '>', '<']) >= 0 || package.HasExpansion || name.EndsWith(".apk")) continue;
                context.Report(package.Location, $"apk package '{name}' has no version, so each build installs whatever the index has that day.",
                    $"Pin it: '{name}=<version>' (or '{name}~<major.minor>').");
            }
        }
    }
}

using System;
using System.Linq;
using RedFire.Lint.Dockerfiles;

namespace RedFire.Lint.Rules.Dockerfile;

/// <summary>RF1027 (info): <c>pip install pkg</c> without a version (<c>pkg==1.2</c>) and without a requirements or constraints file.</summary>
public sealed class PipUnpinnedPackages : IRule<DockerfileDocument>
{
    private static readonly string[] OptionsWithValue =
    [
        "-r", "--requirement", "-c", "--constraint", "-i", "--index-url", "--extra-index-url", "-t", "--target", "--prefix", "--root", "-f",
        "--find-links", "--trusted-host", "--platform", "--python-version", "--implementation", "--abi", "--src", "-e", "--editable",
        "--upgrade-strategy", "--progress-bar", "--log", "--cache-dir", "--timeout", "--retries", "--proxy", "--root-user-action", "--report",
        "-C", "--config-settings", "--global-option", "--no-binary", "--only-binary", "--exists-action", "--python", "--build", "--cert",
        "--client-cert", "--keyring-provider", "--use-feature", "--use-deprecated", "--log-file",
    ];

    public string Id => RuleIds.PipUnpinnedPackages;

    public void Check(DockerfileDocument document, RuleContext context)
    {
        foreach (var (_, _, command) in document.AllRunCommands)
        {
            if (!Pip.IsInstall(command) || command.HasOption("-r", "--requirement", "-c", "--constraint")) continue;
            foreach (var package in command.Operands(OptionsWithValue).SkipWhile(a => a.Value != "install").Skip(1))
            {
                var name = package.Value;
                // Upgrading pip itself ('pip install --upgrade pip') is routine and pins nothing the app depends on.
                if (name == "pip" || IsPinnedOrLocal(name)) continue;
                context.Report(package.Location, $"pip package '{name}' has no version, so each build installs whatever is newest that day.",
                    $"Pin it ('{name}==<version>') or install from a pinned requirements file.");
            }
        }
    }

    private static bool IsPinnedOrLocal(string name)
    {
        var scheme = name.IndexOf("://", StringComparison.Ordinal);
        if (scheme >= 0)
        {
            // A VCS URL is pinned by '@<ref>' in its path (an '@' before the path is a user:password).
            var path = name.IndexOf('/', scheme + 3);
            return path >= 0 && name.IndexOf('@', path) >= 0;
        }
        return name.IndexOfAny(['=', '<', '>', '~', '@', '/', '$', '!']) >= 0 || name.StartsWith(".", StringComparison.Ordinal)
            || name.EndsWith(".whl", StringComparison.Ordinal) || name.EndsWith(".tar.gz", StringComparison.Ordinal) || name.EndsWith(".zip", StringComparison.Ordinal);
    }
}

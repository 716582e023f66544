using System;
using System.Linq;
using RedFire.Lint.Dockerfiles;

namespace RedFire.Lint.Rules.Dockerfile;

/// <summary>RF1027 (info): <c>pip install pkg</c> without a version (<c>pkg==1.2</c>) and without a requirements or constraints file.</summary>
public sealed class PipUnpinnedPackages : IRule<DockerfileDocument>
{
    private static readonly string[] OptionsWithValue = ["-r", "--requirement", "-c", "--constraint", "-i", "--index-url", "--extra-index-url", "-t", "--target", "--prefix", "--root", "-f", "--find-links", "--trusted-host", "--platform", "--python-version", "--implementation", "--abi", "--src", "-e", "--editable", "--upgrade-strategy", "--progress-bar", "--log", "--cache-dir", "--timeout", "--retries", "--proxy"];

    public string Id => RuleIds.PipUnpinnedPackages;

    public void Check(DockerfileDocument document, RuleContext context)
    {
        foreach (var (_, _, command) in document.AllRunCommands)
        {
            if (!Pip.IsInstall(command) || command.HasOption("-r", "--requirement", "-c", "--constraint")) continue;
            foreach (var package in command.Operands(OptionsWithValue))
            {
                var name = package.Value;
                if (name is "install" or "pip" || name.IndexOfAny(['=', '<', '>', '~', '@', '/', '$']) >= 0 || name.StartsWith(".", StringComparison.Ordinal)
                    || name.EndsWith(".whl", StringComparison.Ordinal) || name.EndsWith(".tar.gz", StringComparison.Ordinal) || name.EndsWith(".zip", StringComparison.Ordinal)) continue;
                if (command.Arguments.TakeWhile(a => a != package).All(a => a.Value != "install")) continue;
                context.Report(package.Location, $"{document.Path}: pip package '{name}' has no version; write '{name}==<version>' or install from a pinned requirements file");
            }
        }
    }
}

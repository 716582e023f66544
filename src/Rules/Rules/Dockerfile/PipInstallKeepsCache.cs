using System;
using System.Linq;
using RedFire.Lint.Dockerfiles;

namespace RedFire.Lint.Rules.Dockerfile;

/// <summary>
/// RF1026 (info): <c>pip install</c> without <c>--no-cache-dir</c> keeps pip's download cache in the layer.
/// Not reported with <c>ENV PIP_NO_CACHE_DIR</c>, a cache mount, or in stages that are not part of the final image.
/// </summary>
public sealed class PipInstallKeepsCache : IRule<DockerfileDocument>
{
    public string Id => RuleIds.PipInstallKeepsCache;

    public void Check(DockerfileDocument document, RuleContext context)
    {
        foreach (var stage in document.FinalImageStages)
        {
            if (stage.Environment.TryGetValue("PIP_NO_CACHE_DIR", out var env) && env.Value is not ("" or "0" or "false" or "off" or "no")) continue;
            foreach (var run in stage.Runs)
            {
                if (run.Mounts.Any(m => (m.Value ?? "").Contains("type=cache") || (m.Value ?? "").Contains("type=tmpfs"))) continue;
                foreach (var command in run.Commands)
                {
                    if (!Pip.IsInstall(command) || command.HasOption("--no-cache-dir")) continue;
                    context.Report(command.Location,
                        $"{document.Path}: 'pip install' without --no-cache-dir leaves pip's cache in the image; add --no-cache-dir (or ENV PIP_NO_CACHE_DIR=1)");
                }
            }
        }
    }
}

/// <summary>Recognises pip invocations: <c>pip</c>, <c>pip3</c>, <c>python -m pip</c>.</summary>
internal static class Pip
{
    public static bool IsInstall(ShellCommand command)
    {
        var program = command.Program ?? "";
        var arguments = command.Arguments;
        if (program.StartsWith("pip", StringComparison.Ordinal))
            return command.Subcommand()?.Value == "install";
        if (program.StartsWith("python", StringComparison.Ordinal))
        {
            for (var i = 0; i + 2 < arguments.Count; i++)
                if (arguments[i].Value == "-m" && arguments[i + 1].Value == "pip" && arguments[i + 2].Value == "install") return true;
        }
        return false;
    }
}

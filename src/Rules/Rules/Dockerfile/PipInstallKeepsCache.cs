using System;
using System.Linq;
using RedFire.Lint.Dockerfiles;

namespace RedFire.Lint.Rules.Dockerfile;

/// <summary>
/// RF1026 (info): <c>pip install</c> without <c>--no-cache-dir</c> keeps pip's download cache in the layer.
/// Not reported with <c>PIP_NO_CACHE_DIR</c> set (ENV, on the command, or exported earlier in the RUN), a cache
/// or tmpfs mount, or in stages that are not part of the final image.
/// </summary>
public sealed class PipInstallKeepsCache : IRule<DockerfileDocument>
{
    public string Id => RuleIds.PipInstallKeepsCache;

    public void Check(DockerfileDocument document, RuleContext context)
    {
        foreach (var stage in document.FinalImageStages)
        {
            var noCacheByEnv = stage.Environment.TryGetValue("PIP_NO_CACHE_DIR", out var env) && Pip.IsTruthy(env.Value);
            foreach (var run in stage.Runs.Concat(stage.OnBuildRuns))
            {
                if (run.Mounts.Any(m => (m.Value ?? "").Contains("type=cache") || (m.Value ?? "").Contains("type=tmpfs"))) continue;
                bool? exported = null;
                foreach (var command in run.Commands)
                {
                    if (command.Runs("export") && command.Arguments.FirstOrDefault(a => a.Value.StartsWith("PIP_NO_CACHE_DIR=", StringComparison.Ordinal)) is { } export)
                        exported = Pip.IsTruthy(export.Value.Substring("PIP_NO_CACHE_DIR=".Length));
                    if (!Pip.IsInstall(command) || command.HasOption("--no-cache-dir")) continue;
                    var assigned = command.Assignments.FirstOrDefault(a => a.Value.StartsWith("PIP_NO_CACHE_DIR=", StringComparison.Ordinal));
                    var noCache = assigned is not null ? Pip.IsTruthy(assigned.Value.Substring("PIP_NO_CACHE_DIR=".Length)) : exported ?? noCacheByEnv;
                    if (noCache) continue;
                    context.Report(command.Location,
                        $"'pip install' has no --no-cache-dir, so pip's download cache stays in the image.",
                        $"Add --no-cache-dir (or set ENV PIP_NO_CACHE_DIR=1).");
                }
            }
        }
    }
}

/// <summary>Recognises pip invocations: <c>pip</c>, <c>pip3</c>, <c>python -m pip</c> (not pipx or pipenv).</summary>
internal static class Pip
{
    public static bool IsInstall(ShellCommand command)
    {
        var program = command.Program ?? "";
        var arguments = command.Arguments;
        if (PackageManagers.IsPip(program))
            return command.Subcommand()?.Value == "install";
        if (program.StartsWith("python", StringComparison.Ordinal))
        {
            for (var i = 0; i + 2 < arguments.Count; i++)
                if (arguments[i].Value == "-m" && arguments[i + 1].Value == "pip" && arguments[i + 2].Value == "install") return true;
        }
        return false;
    }

    /// <summary>pip reads PIP_NO_CACHE_DIR as a boolean: 0, false, off, no (and empty) mean "keep the cache".</summary>
    public static bool IsTruthy(string value) => value.Trim('"', '\'').ToLowerInvariant() is not ("" or "0" or "false" or "off" or "no");
}

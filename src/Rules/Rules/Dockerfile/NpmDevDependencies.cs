using System;
using System.Linq;
using RedFire.Lint.Dockerfiles;

namespace RedFire.Lint.Rules.Dockerfile;

/// <summary>
/// RF1074 (info): <c>npm install</c> or <c>npm ci</c> in the final image without <c>--omit=dev</c> (or
/// <c>--production</c>, or <c>NODE_ENV=production</c>) installs the development dependencies into the image.
/// Builder stages need them; global installs (<c>-g</c>) have none.
/// </summary>
public sealed class NpmDevDependencies : IRule<DockerfileDocument>
{
    public string Id => RuleIds.NpmDevDependencies;

    public void Check(DockerfileDocument document, RuleContext context)
    {
        foreach (var stage in document.FinalImageStages)
        {
            var productionByEnv = stage.Environment.TryGetValue("NODE_ENV", out var env) && env.Value == "production";
            foreach (var command in stage.Runs.Concat(stage.OnBuildRuns).SelectMany(r => r.Commands))
            {
                if (productionByEnv || !command.Runs("npm") || command.Subcommand(NpmUnpinnedPackages.OptionsWithValue)?.Value is not ("install" or "i" or "ci")) continue;
                if (OmitsDev(command) || command.HasOption("-g", "--global") || command.Assignments.Any(a => a.Value == "NODE_ENV=production")) continue;
                context.Report(command.Location,
                    $"'npm {command.Subcommand(NpmUnpinnedPackages.OptionsWithValue)!.Value}' in the final image installs the development dependencies too.",
                    $"Add '--omit=dev' (npm 8+; '--production' before), or install in a builder stage and copy node_modules.");
            }
        }
    }

    private static bool OmitsDev(ShellCommand command)
    {
        if (command.HasOption("--production", "--omit=dev", "--only=prod", "--only=production")) return true;
        var arguments = command.Arguments;
        return Enumerable.Range(0, Math.Max(0, arguments.Count - 1)).Any(i =>
            (arguments[i].Value == "--omit" && arguments[i + 1].Value == "dev")
            || (arguments[i].Value == "--only" && arguments[i + 1].Value.StartsWith("prod", StringComparison.Ordinal)));
    }
}

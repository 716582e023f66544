using System;
using System.Collections.Generic;
using System.Linq;
using RedFire.Lint.Deployment;
using RedFire.Lint.Findings;
using RedFire.Lint.Sources;

namespace RedFire.Lint.Rules.Deployment;

/// <summary>
/// <c>pip install --user</c> puts console scripts in <c>~/.local/bin</c>, which no official Python image has on
/// PATH: a CMD or ENTRYPOINT that starts such a script by name (<c>uvicorn</c>, <c>gunicorn</c>) cannot start.
/// </summary>
public sealed class PipUserScriptsNotOnPathRule : IRule<ImageDockerfile>
{
    // Programs that come with the base images, not from pip; init wrappers are looked through.
    private static readonly HashSet<string> SystemPrograms = new(StringComparer.Ordinal)
    {
        "sh", "bash", "ash", "dash", "zsh", "env", "exec", "python", "python3", "pip", "pip3", "java", "node", "npm",
        "dotnet", "nginx", "httpd", "apache2", "supervisord", "cron", "crond", "sleep", "tail", "cat", "echo", "true",
    };

    private static readonly HashSet<string> InitWrappers = new(StringComparer.Ordinal) { "dumb-init", "tini", "/sbin/tini", "gosu", "su-exec", "--" };

    public string Id => RuleIds.PipUserScriptsNotOnPath;

    public void Check(ImageDockerfile model, RuleContext context)
    {
        foreach (var stage in model.LeafStages)
        {
            // What the stage starts first: most stages start nothing or a system program, and then no RUN needs parsing.
            var program = ProgramOf(stage);
            if (program is null || program.Value.Contains("/") || IsSystemProgram(program.Value)) continue;
            var path = stage.Environment.TryGetValue("PATH", out var value) ? value.Value : null;
            if (path is not null && path.Contains(".local/bin")) continue;
            var pipUser = stage.Chain.Reverse().SelectMany(s => s.Commands).Select(PackageCommands.Parse)
                .FirstOrDefault(p => p is { Manager: PackageManager.Pip, UserFlag: not null });
            if (pipUser is null) continue;

            var scripts = Users.HomeOf(pipUser.Command.User?.Value) + "/.local/bin";
            var pathText = path is null ? "the base image's PATH" : $"PATH ({path})";
            context.Report(program.Location,
                $"Stage {stage.DisplayName} starts '{program.Value}' by name, but 'pip install --user' (line {pipUser.Command.Location.Line}) installs console scripts into {scripts}, which {pathText} does not include, so the container cannot start.",
                $"Install into a virtual environment whose bin directory is on PATH, add ENV PATH={scripts}:$PATH, or start it as 'python -m {program.Value}'.",
                new RelatedLocation(pipUser.UserFlag!.Location, "pip install --user"));
        }
    }

    /// <summary>The program the container starts: ENTRYPOINT's first word, else CMD's, looking through init wrappers.</summary>
    private static Located<string>? ProgramOf(ImageStage stage)
    {
        var words = (stage.Entrypoint?.Words ?? []).Concat(stage.Cmd?.Words ?? []).ToArray();
        return words.FirstOrDefault(w => !InitWrappers.Contains(w.Value) && !w.Value.StartsWith("-", StringComparison.Ordinal));
    }

    private static bool IsSystemProgram(string program) =>
        SystemPrograms.Contains(program) || program.StartsWith("python3.", StringComparison.Ordinal);
}

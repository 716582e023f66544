using System;
using System.Collections.Generic;
using System.Linq;
using RedFire.Lint.Dockerfiles;
using RedFire.Lint.Findings;

namespace RedFire.Lint.Rules.Dockerfile;

/// <summary>
/// RF1003: the final stage serves (it EXPOSEs a port or its CMD/ENTRYPOINT runs a known server) but has no
/// HEALTHCHECK, its own or inherited through <c>FROM &lt;stage&gt;</c>. <c>HEALTHCHECK NONE</c> is an explicit
/// choice and is not reported.
/// </summary>
public sealed class MissingHealthcheck : IRule<DockerfileDocument>
{
    private static readonly HashSet<string> Servers = new(StringComparer.Ordinal)
    {
        "uvicorn", "gunicorn", "hypercorn", "daphne", "waitress-serve", "nginx", "httpd", "apache2", "apache2-foreground",
        "caddy", "traefik", "envoy", "haproxy", "node", "deno", "bun", "puma", "unicorn", "rails", "php-fpm", "kestrel",
        "dotnet", "java", "flask", "streamlit", "http-server", "serve", "next", "nuxt", "redis-server", "mongod", "postgres",
        "mysqld", "tomcat", "catalina.sh", "jetty", "supervisord", "pm2-runtime",
    };

    public string Id => RuleIds.MissingHealthcheck;

    public void Check(DockerfileDocument document, RuleContext context)
    {
        var stage = document.FinalStage;
        if (stage is null || stage.Healthcheck is not null) return;
        var evidence = ServingEvidence(stage);
        if (evidence is null) return;
        context.Report(stage.From.Location,
            $"The final stage '{stage}' serves ({evidence.Value.Why}) but has no HEALTHCHECK, so Docker and compose cannot tell a hung service from a healthy one.",
            $"Add HEALTHCHECK CMD <probe>, for example 'HEALTHCHECK CMD curl -f http://localhost:<port>/health || exit 1'.",
            new RelatedLocation(evidence.Value.Where.Location, evidence.Value.Why));
    }

    private static (string Why, Instruction Where)? ServingEvidence(Stage stage)
    {
        var port = stage.ExposedPorts.FirstOrDefault();
        if (port is not null) return ($"EXPOSE {port.Word.Raw} on line {port.Instruction.StartLine}", port.Instruction);
        foreach (var setting in new[] { stage.Entrypoint, stage.Cmd })
        {
            if (setting is null) continue;
            var program = ServerProgram(setting);
            if (program is not null) return ($"{setting.Instruction.Keyword} runs {program} on line {setting.Instruction.StartLine}", setting.Instruction);
        }
        return null;
    }

    private static string? ServerProgram(CommandSetting setting)
    {
        IEnumerable<string> programs = setting.IsExecForm
            ? setting.Words.Take(1).Select(w => w.Value)
            : setting.Commands.Select(c => c.Program ?? "");
        foreach (var program in programs)
        {
            var name = program.Substring(program.LastIndexOf('/') + 1);
            if (name.StartsWith("python", StringComparison.Ordinal) && setting.Words.Any(w => w.Value is "http.server" or "runserver" or "uvicorn" or "gunicorn"))
                return name;
            if (name == "npm" || name == "yarn" || name == "pnpm")
            {
                if (setting.Words.Any(w => w.Value == "start")) return $"{name} start";
                continue;
            }
            if (Servers.Contains(name)) return name;
        }
        return null;
    }
}

using System.Linq;
using RedFire.Lint.Dockerfiles;
using RedFire.Lint.Engine;
using RedFire.Lint.Rules;
using RedFire.Lint.Tests.Infrastructure;
using Xunit;

namespace RedFire.Lint.Tests.Engine;

/// <summary>
/// A Dockerfile no compose project of the run builds is checked while it is loaded and not kept; with ShellCheck's rules
/// on every Dockerfile is kept until the end. Both must report the same.
/// </summary>
public class LoadTimeRulesTests
{
    private static readonly (string Path, string Text)[] Tree =
    [
        ("app/compose.yaml", "services:\n  api:\n    build:\n      context: ./api\n      target: runtime\n  web:\n    build:\n      context: ./web\n      dockerfile: deploy/Dockerfile.web\n      target: serve\n"),
        // Built by compose, with a target: its builder stage ships nothing.
        ("app/api/Dockerfile", "FROM golang:1.22 AS build\nRUN apt-get install gcc\nCMD [\"go\"]\nFROM alpine:3.20 AS runtime\nCOPY --from=build /out /app\nUSER app\n"),
        // The web build names a Dockerfile that is not there: the join takes one under app/ that defines the target.
        ("app/web/docker/Dockerfile.serve", "FROM nginx:1.27 AS serve\nRUN apt-get install curl\nFROM alpine:3.20\n"),
        // No compose file builds these.
        ("tools/Dockerfile", "FROM ubuntu AS build\nRUN apt-get install make\nCMD [\"make\"]\nFROM alpine\nCOPY --from=build /out /app\nCOPY . /src\nCOPY --from=bakecontext /x /y\n"),
        ("tools/docker-bake.hcl", "target \"tools\" {\n  contexts = { bakecontext = \"../shared\" }\n}\n"),
        ("tools/.env", "TOKEN=1\n"),
        ("broken/Dockerfile", "FROM alpine:3.20\nRUN [\"sh\", \nHEALTHCHECK --interval=oops CMD true\nFROBNICATE x\n"),
    ];

    [Fact]
    public void Rules_run_at_load_report_what_they_report_on_kept_models()
    {
        var atLoad = RuleTest.Lint(RuleTest.AllRules, Tree);
        var kept = RuleTest.Lint(RuleTest.EveryRule, Tree);

        // ShellCheck's own comments (when it is on PATH) come only with its rules on.
        static string[] Shown(LintResult result) => result.Diagnostics
            .Where(d => d.RuleId is not (RuleIds.ShellCheckWarning or RuleIds.ShellCheckNote))
            .Select(d => $"{d.Location} {d.RuleId} {d.Severity} {d.Message} [{string.Join("; ", d.Related.Select(r => r.Location.ToString()))}]").ToArray();
        Assert.Equal(Shown(kept), Shown(atLoad));
        // The files checked at load have findings of each kind of model made of them: syntax, the document, the bake file's
        // named context (BuiltDockerfile), the image view, what the build context uploads.
        var standalone = atLoad.Diagnostics.Where(d => d.Location.File.StartsWith("tools/") || d.Location.File.StartsWith("broken/")).ToArray();
        Assert.Contains(standalone, d => d.RuleId == RuleIds.DockerfileSyntax);
        Assert.Contains(standalone, d => d.RuleId == RuleIds.AptGetWithoutYes);
        Assert.Contains(standalone, d => d.RuleId == RuleIds.ContextWithoutDockerignore);
        Assert.DoesNotContain(atLoad.Diagnostics, d => d.RuleId == RuleIds.CopyFromUnknownStage);
        Assert.DoesNotContain(atLoad.Diagnostics, d => d.RuleId == RuleIds.InternalError);
    }

    [Fact]
    public void Only_the_dockerfiles_compose_may_build_are_kept_as_models()
    {
        static string[] Documents(LintResult result) => result.Models.Get<DockerfileDocument>().Select(d => d.Path).ToArray();

        Assert.Equal(["app/api/Dockerfile", "app/web/docker/Dockerfile.serve"], Documents(RuleTest.Lint(RuleTest.AllRules, Tree)));
        Assert.Equal(["app/api/Dockerfile", "app/web/docker/Dockerfile.serve", "broken/Dockerfile", "tools/Dockerfile"], Documents(RuleTest.Lint(RuleTest.EveryRule, Tree)));
    }
}

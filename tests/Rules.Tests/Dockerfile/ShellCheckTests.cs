using System.Collections.Generic;
using System.Linq;
using System.Text;
using RedFire.Lint.Dockerfiles.ShellCheck;
using RedFire.Lint.Engine;
using RedFire.Lint.Policy;
using RedFire.Lint.Rules;
using RedFire.Lint.Sources;
using RedFire.Lint.Tests.Infrastructure;
using Xunit;

namespace RedFire.Lint.Tests.Dockerfile;

/// <summary>RF1090/RF1091 through the real shellcheck when it is on PATH (CI installs it); the mapping and the
/// batching are also tested with a recording checker, so they are covered either way.</summary>
public class ShellCheckTests
{
    [ShellCheckFact]
    public void RF1090_shellcheck_warning_at_its_column_on_a_continuation_line()
    {
        var found = RuleTest.Flags(RuleIds.ShellCheckWarning, RuleTest.EveryRule, ("Dockerfile",
            "FROM debian:12\nRUN set -e && \\\n    [|ls|] /tmp | grep x\n"));
        Assert.StartsWith("SC2010: ", found[0].Message);
    }

    [ShellCheckFact]
    public void RF1091_notes_know_the_stage_arg_and_env_variables()
    {
        var found = RuleTest.Flags(RuleIds.ShellCheckNote, RuleTest.EveryRule, ("Dockerfile",
            "FROM debian:12\nARG VERSION\nENV APP_HOME=/app\nRUN echo \"$VERSION\" \"$APP_HOME\" [|$UNSET|]\n"));
        Assert.Equal("SC2086: Double quote to prevent globbing and word splitting.", found[0].Message);
    }

    [ShellCheckFact]
    public void A_script_repeated_in_several_dockerfiles_is_reported_in_each() =>
        RuleTest.Flags(RuleIds.ShellCheckWarning, RuleTest.EveryRule,
            ("a/Dockerfile", "FROM debian:12\nRUN [|ls|] /tmp | grep x\nRUN [|ls|] /tmp | grep x\n"),
            ("b/Dockerfile", "FROM debian:12\nRUN [|ls|] /tmp | grep x\n"),
            ("c/Dockerfile", "FROM debian:12\nRUN echo ok\n"));

    [ShellCheckFact]
    public void RF1090_passes_clean_scripts_exec_form_and_powershell()
    {
        RuleTest.Passes(RuleIds.ShellCheckWarning, RuleTest.EveryRule, ("Dockerfile",
            "FROM debian:12\nRUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/*\n" +
            "RUN [\"sh\", \"-c\", \"ls | grep x\"]\nSHELL [\"pwsh\", \"-Command\"]\nRUN ls | grep x\n"));
        RuleTest.Passes(RuleIds.ShellCheckNote, RuleTest.EveryRule, ("Dockerfile", "FROM debian:12\nARG V\nRUN echo \"$V\" && mkdir -p /app\n"));
    }

    [Fact]
    public void Scripts_are_checked_in_one_batch_with_the_shell_in_force_and_known_variables()
    {
        var checker = new RecordingChecker();
        Lint(checker, "FROM debian:12\nARG V\nRUN echo $V\nSHELL [\"/bin/bash\", \"-c\"]\nRUN echo b\nSHELL [\"cmd\", \"/S\", \"/C\"]\nRUN dir\nRUN [\"x\"]\n",
            "FROM alpine:3.20\nRUN <<EOF\necho heredoc\nEOF\nRUN echo c\n");
        Assert.Equal(1, checker.Calls);
        Assert.Equal(3, checker.Scripts.Count);
        Assert.StartsWith("#!/bin/sh\nexport V=1\n", checker.Scripts[0]);
        Assert.EndsWith("\necho $V\n", checker.Scripts[0]);
        Assert.StartsWith("#!/bin/bash\n", checker.Scripts[1]);
        Assert.EndsWith("\necho c\n", checker.Scripts[2]);
    }

    [Fact]
    public void Comments_map_back_to_the_dockerfile_and_a_missing_shellcheck_is_said_once()
    {
        var checker = new RecordingChecker { Reply = scripts => [new ShellCheckComment(0, scripts[0].Count(c => c == '\n'), 6, scripts[0].Count(c => c == '\n'), 8, "warning", 2154, "V is referenced but not assigned.")] };
        var result = Lint(checker, "FROM debian:12\nRUN echo $V\n");
        var finding = Assert.Single(result.Diagnostics, d => d.RuleId == RuleIds.ShellCheckWarning);
        Assert.Equal((2, 10, 2, 12), (finding.Location.Line, finding.Location.Column, finding.Location.EndLine, finding.Location.EndColumn));
        Assert.Equal("SC2154: V is referenced but not assigned.", finding.Message);

        var without = Lint(null, "FROM debian:12\nRUN echo $V\n");
        Assert.DoesNotContain(without.Diagnostics, d => d.RuleId is RuleIds.ShellCheckWarning or RuleIds.ShellCheckNote);
        Assert.Equal("shellcheck is not on PATH", Assert.Single(without.Models.Get<ShellCheckResults>()).NotRunReason);
    }

    [Fact]
    public void Shellcheck_is_not_started_when_both_of_its_rules_are_off()
    {
        var checker = new RecordingChecker();
        var result = Lint(LintConfiguration.Default, checker, "FROM debian:12\nRUN echo $V\n");
        Assert.Equal(0, checker.Calls);
        Assert.Empty(result.Models.Get<ShellCheckResults>());
    }

    private static LintResult Lint(IShellChecker? checker, params string[] dockerfiles) => Lint(RuleTest.EveryRule, checker, dockerfiles);

    private static LintResult Lint(LintConfiguration configuration, IShellChecker? checker, params string[] dockerfiles)
    {
        var files = dockerfiles.Select((text, i) => ($"app{i}/Dockerfile", text)).ToArray();
        var sources = files.Select(f => SourceFile.FromBytes(Encoding.UTF8.GetBytes(f.text), f.Item1, FileKind.Dockerfile, InMemoryFileSystem.FullPath(f.Item1))).ToArray();
        return Linter.Run(new LintRequest(sources) { WorkingDirectory = InMemoryFileSystem.Root, FileSystem = new InMemoryFileSystem(files), ShellChecker = checker, Configuration = configuration });
    }

    private sealed class RecordingChecker : IShellChecker
    {
        public int Calls { get; private set; }

        public List<string> Scripts { get; } = new();

        public System.Func<IReadOnlyList<string>, IReadOnlyList<ShellCheckComment>> Reply { get; init; } = _ => [];

        public IReadOnlyList<ShellCheckComment>? Check(IReadOnlyList<string> scripts)
        {
            Calls++;
            Scripts.AddRange(scripts);
            return Reply(scripts);
        }
    }
}

/// <summary>A test that runs the real shellcheck: skipped, with the reason, when it is not on PATH.</summary>
public sealed class ShellCheckFactAttribute : FactAttribute
{
    public ShellCheckFactAttribute()
    {
        if (ShellCheckProcess.FindOnPath() is null) Skip = "needs shellcheck on PATH (apt-get install shellcheck); CI installs it";
    }
}

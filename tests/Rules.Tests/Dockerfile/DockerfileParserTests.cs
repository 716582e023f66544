using System;
using System.Linq;
using System.Text;
using RedFire.Lint.Dockerfiles;
using RedFire.Lint.Sources;
using Xunit;

namespace RedFire.Lint.Tests.Dockerfile;

public class DockerfileParserTests
{
    private static DockerfileDocument Parse(string text) => DockerfileParser.Parse(new SourceFile("Dockerfile", text, FileKind.Dockerfile));

    private static string Span(Location location) => $"{location.Line},{location.Column}-{location.EndLine},{location.EndColumn}";

    [Fact]
    public void Continuations_join_lines_and_drop_comments_and_blank_lines()
    {
        var document = Parse("FROM ubuntu:14.04\nRUN echo hello \\\n# this is a comment\n\n# another\nthis is stuff\n");
        var run = document.Instructions[1];
        Assert.Equal("echo hello this is stuff", run.ArgumentText);
        Assert.Equal("2,1-6,14", Span(run.Location));
        Assert.Single(document.Syntax.EmptyContinuationLines);
        Assert.Equal(2, document.Syntax.Comments.Count);
        Assert.Empty(document.Errors);
    }

    [Fact]
    public void Escaped_escape_at_end_of_line_does_not_continue()
    {
        var document = Parse("FROM hello-world\nENV C trailing\\\\backslash\\\\\nENV D next\n");
        Assert.Equal(3, document.Instructions.Count);
        Assert.Equal("trailing\\\\backslash\\\\", document.Instructions[1].Pairs[0].Value!.Raw);
    }

    [Fact]
    public void Flags_have_names_values_and_spans()
    {
        var document = Parse("FROM alpine:3.20\nCOPY --from=build --chown=app:app src/ /app/\n");
        var copy = document.Instructions[1];
        Assert.Equal(["from", "chown"], copy.Flags.Select(f => f.Name));
        Assert.Equal("build", copy.GetFlag("from")!.Value);
        Assert.Equal("2,6-2,18", Span(copy.GetFlag("from")!.Location));
        Assert.Equal("2,13-2,18", Span(copy.GetFlag("from")!.ValueLocation!.Value));
        Assert.Equal(["src/", "/app/"], copy.Arguments.Select(a => a.Value));
        Assert.Equal("2,40-2,45", Span(copy.Arguments[1].Location));
    }

    [Fact]
    public void Words_across_continuation_lines_point_at_their_physical_line()
    {
        var document = Parse("FROM alpine:3.20\nRUN apk add \\\n    curl\n");
        var command = document.Stages[0].Runs[0].Commands.Single();
        Assert.Equal("apk", command.Program);
        Assert.Equal("3,5-3,9", Span(command.Words[2].Location));
    }

    [Fact]
    public void Heredocs_have_marker_body_and_terminator()
    {
        var document = Parse("FROM alpine:3.20\nRUN <<-\"EOT\" bash && 3<<X cat\n\techo $HOME\n\tEOT\nx\nX\nCMD true\n");
        var run = document.Instructions[1];
        Assert.Equal(2, run.Heredocs.Count);
        var first = run.Heredocs[0];
        Assert.Equal("EOT", first.Delimiter);
        Assert.True(first.StripLeadingTabs);
        Assert.True(first.IsQuoted);
        Assert.Equal("echo $HOME\n", first.Content);
        Assert.Equal("2,5-2,13", Span(first.MarkerLocation));
        Assert.Equal("4,1-4,5", Span(first.TerminatorLocation!.Value));
        Assert.Equal(3, run.Heredocs[1].FileDescriptor);
        Assert.Equal("2,1-6,2", Span(run.Location));
        Assert.Equal("CMD", document.Instructions[2].Keyword);
        // The bash heredoc body is shell; the one read by cat is not.
        Assert.Contains(document.Stages[0].Runs[0].Commands, c => c.Program == "echo");
    }

    [Fact]
    public void Exec_form_strings_are_decoded_with_or_without_escapes_and_a_control_character_is_not_json()
    {
        var document = Parse("CMD [\"plain\", \"say \\\"hi\\\"\", \"tab\\there\", \"\\u0041B\", \"\"]\nCMD [\"bad\tchar\"]\n");
        Assert.Equal(ArgumentForm.Json, document.Instructions[0].Form);
        Assert.Equal(["plain", "say \"hi\"", "tab\there", "AB", ""], document.Instructions[0].Arguments.Select(a => a.Value));
        Assert.Equal("1,15-1,27", Span(document.Instructions[0].Arguments[1].Location));
        Assert.True(document.Instructions[1].IsJsonFallback);
    }

    [Fact]
    public void Invalid_json_falls_back_to_shell_form_and_remembers_it()
    {
        var document = Parse("CMD ['echo','single quotes']\nCMD [\"a\", \"b\"]\n");
        Assert.Equal(ArgumentForm.Shell, document.Instructions[0].Form);
        Assert.True(document.Instructions[0].IsJsonFallback);
        Assert.Equal(ArgumentForm.Json, document.Instructions[1].Form);
        Assert.Equal(["a", "b"], document.Instructions[1].Arguments.Select(a => a.Value));
        Assert.Equal("2,11-2,14", Span(document.Instructions[1].Arguments[1].Location));
        Assert.Empty(document.Errors);
    }

    [Fact]
    public void Keywords_are_case_insensitive_and_crlf_is_understood()
    {
        var document = Parse("from alpine:3.20 as Build\r\nrun echo a \\\r\n  b\r\n");
        Assert.Equal(["FROM", "RUN"], document.Instructions.Select(i => i.Keyword));
        Assert.Equal("Build", document.Stages[0].Name);
        Assert.Equal("echo a   b", document.Instructions[1].ArgumentText);
    }

    [Fact]
    public void Healthcheck_options_type_and_command()
    {
        var document = Parse("FROM x:1\nHEALTHCHECK --interval=5s --retries=3 CMD curl -f http://localhost/ || exit 1\n");
        var healthcheck = document.FinalStage!.Healthcheck!;
        Assert.False(healthcheck.IsNone);
        Assert.Equal("5s", healthcheck.Option("interval")!.Value);
        Assert.Equal("CMD", document.Instructions[1].HealthcheckType!.Value);
        Assert.Equal("curl", healthcheck.Command[0].Value);
    }

    [Fact]
    public void Stage_model_resolves_args_stages_and_inherited_settings()
    {
        var document = Parse("""
            ARG REGISTRY=ghcr.io/acme
            ARG VERSION=1.2
            FROM ${REGISTRY}/base:${VERSION}@sha256:abc AS base
            USER app
            WORKDIR /srv
            ENV A=1
            EXPOSE 8080/tcp 53/udp
            HEALTHCHECK NONE
            CMD ["serve"]
            FROM base AS final
            WORKDIR data
            ENV B=$A
            ENTRYPOINT ["run"]
            """);
        Assert.Equal(2, document.Stages.Count);
        var image = document.Stages[0].BaseImage!;
        Assert.Equal(("ghcr.io", "acme/base", "1.2", "sha256:abc"), (image.Registry, image.Repository, image.Tag, image.Digest));
        var final = document.FinalStage!;
        Assert.Same(document.Stages[0], final.BaseStage);
        Assert.Equal("app", final.User!.Value);
        Assert.Equal("/srv/data", final.Workdir!.Path);
        Assert.Equal("1", final.Environment["B"].Value);
        Assert.Equal([8080, 53], final.ExposedPorts.Select(p => p.Port!.Value));
        Assert.Equal("udp", final.ExposedPorts[1].Protocol);
        Assert.True(final.Healthcheck!.IsNone);
        Assert.Null(final.Cmd); // ENTRYPOINT resets an inherited CMD
        Assert.True(final.Entrypoint!.IsExecForm);
        Assert.Same(final, document.FindStage("FINAL"));
        Assert.Same(document.Stages[0], document.FindStage("0"));
    }

    [Fact]
    public void Unresolved_arg_leaves_the_base_image_unknown()
    {
        var document = Parse("ARG IMAGE\nFROM $IMAGE\n");
        Assert.False(document.Stages[0].IsBaseResolved);
        Assert.Null(document.Stages[0].BaseImage);
    }

    [Theory]
    [InlineData("${A:-w}", "", "w")]
    [InlineData("${A-w}", "", "")]
    [InlineData("${U-w}", null, "w")]
    [InlineData("${A:+w}", "v", "w")]
    [InlineData("${A+w}", "", "w")]
    [InlineData("${P#*/}", "a/b/c", "b/c")]
    [InlineData("${P##*/}", "a/b/c", "c")]
    [InlineData("${P%/*}", "a/b/c", "a/b")]
    [InlineData("${P%%/*}", "a/b/c", "a")]
    [InlineData("${P/b/x}", "a/b/b", "a/x/b")]
    [InlineData("${P//b/x}", "a/b/b", "a/x/x")]
    [InlineData("'$A' \"$A\" \\$A", "v", "$A v $A")]
    public void Expander_supports_every_modifier(string word, string? value, string expected)
    {
        var result = VariableExpander.Expand(word, name => name switch { "A" or "P" => value, _ => null });
        Assert.Null(result.Error);
        Assert.Equal(expected, result.Value);
    }

    [Theory]
    [InlineData("${A:=x}")]
    [InlineData("${A=x}")]
    [InlineData("${A:?must be set}")]
    [InlineData("${A")]
    public void Expander_reports_what_the_builder_rejects(string word) =>
        Assert.NotNull(VariableExpander.Expand(word, _ => null).Error);

    [Fact]
    public void Shell_splitter_splits_lists_pipes_and_keeps_substitutions()
    {
        var document = Parse("FROM x:1\nRUN DEBIAN_FRONTEND=noninteractive apt-get install -y \"a b\" $(cat list) >/dev/null 2>&1 && curl -fsSL https://x | sh; if true; then cd /tmp; fi\n");
        var commands = document.Stages[0].Runs[0].Commands;
        Assert.Equal(["apt-get", "curl", "sh", "true", "cd", "fi"], commands.Select(c => c.Program));
        var apt = commands[0];
        Assert.Equal(["install", "-y", "a b", "$(cat list)"], apt.Arguments.Select(w => w.Value));
        Assert.Equal(2, apt.Redirections.Count);
        Assert.True(commands[1].IsPipedToNext);
        Assert.True(apt.HasOption("-y"));
        Assert.Equal("install", apt.Subcommand()!.Value);
    }

    [Fact]
    public void Garbage_input_gives_errors_not_exceptions()
    {
        var random = new Random(42);
        var chars = new char[200_000];
        for (var i = 0; i < chars.Length; i++) chars[i] = (char)random.Next(1, 0x3000);
        var document = Parse(new string(chars));
        Assert.NotEmpty(document.Errors);
        Assert.True(document.Errors.Count <= 100);
    }

    [Fact]
    public void Ten_megabyte_dockerfile_parses()
    {
        var text = new StringBuilder("FROM alpine:3.20\n");
        while (text.Length < 10_000_000) text.Append("RUN echo \"hello world\" && apk add --no-cache curl=8.0 ${X:-y} | sh\n");
        var document = Parse(text.ToString());
        Assert.Empty(document.Errors);
        Assert.True(document.Instructions.Count > 100_000);
    }

    [Fact]
    public void Hundred_thousand_continuation_lines_parse_as_one_instruction()
    {
        var text = new StringBuilder("FROM alpine:3.20\nRUN echo start");
        for (var i = 0; i < 100_000; i++) text.Append(" \\\n  && echo ").Append(i);
        var document = Parse(text.Append('\n').ToString());
        Assert.Empty(document.Errors);
        Assert.Equal(2, document.Instructions.Count);
        Assert.Equal(100_001, document.Stages[0].Runs[0].Commands.Count);
    }

    [Fact]
    public void Deeply_nested_input_does_not_overflow()
    {
        var nested = new string('[', 100_000);
        var substitution = string.Concat(Enumerable.Repeat("${A:-", 10_000));
        var document = Parse($"FROM {substitution}\nCMD {nested}\nONBUILD {string.Concat(Enumerable.Repeat("ONBUILD ", 10_000))}RUN x\n");
        Assert.NotEmpty(document.Errors);
    }

    [Fact]
    public void Long_chains_of_stages_stay_linear_and_lint_without_errors()
    {
        var text = new StringBuilder("FROM alpine:3.20 AS s0\n");
        for (var i = 1; i < 20_000; i++) text.Append($"FROM s{i - 1} AS s{i}\nENV V{i}=$V{i - 1}\nEXPOSE {i % 60000}\nCOPY --from=s{i - 1} /a /a\n");
        var result = Infrastructure.RuleTest.Lint(("Dockerfile", text.ToString()));
        Assert.DoesNotContain(result.Diagnostics, d => d.RuleId is "RF0000" or "RF0001");
    }
}

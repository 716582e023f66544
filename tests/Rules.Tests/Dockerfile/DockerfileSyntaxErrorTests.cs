using RedFire.Lint.Rules;
using RedFire.Lint.Tests.Infrastructure;
using Xunit;

namespace RedFire.Lint.Tests.Dockerfile;

public class DockerfileSyntaxErrorTests
{
    [Fact]
    public void Unknown_instruction_is_reported_at_its_keyword() =>
        RuleTest.Flags(RuleIds.DockerfileSyntax, ("Dockerfile", "FROM alpine:3.20\n[|RUNN|] echo hi\n"));

    [Fact]
    public void Unterminated_heredoc_is_reported_at_its_marker() =>
        RuleTest.Flags(RuleIds.DockerfileSyntax, ("Dockerfile", "FROM alpine:3.20\nRUN [|<<EOF|]\necho hi\n"));

    [Fact]
    public void Env_without_value_is_reported() =>
        RuleTest.Flags(RuleIds.DockerfileSyntax, ("Dockerfile", "FROM busybox\n\n[|ENV PATH|]\n"));

    [Fact]
    public void Json_array_with_a_nested_array_is_reported() =>
        RuleTest.Flags(RuleIds.DockerfileSyntax, ("Dockerfile", "CMD [|[ \"echo\", [ \"nested json\" ] ]|]\n"));

    [Fact]
    public void Empty_file_and_comment_only_file_are_reported()
    {
        RuleTest.Flags(RuleIds.DockerfileSyntax, ("Dockerfile", "[||]"));
        RuleTest.Flags(RuleIds.DockerfileSyntax, ("Dockerfile", "[||]# just a comment\n\n"));
    }

    [Fact]
    public void Invalid_escape_directive_is_reported_at_its_value() =>
        RuleTest.Flags(RuleIds.DockerfileSyntax, ("Dockerfile", "# escape=[|x|]\nFROM alpine:3.20\n"));

    [Fact]
    public void Repeated_directive_is_reported() =>
        RuleTest.Flags(RuleIds.DockerfileSyntax, ("Dockerfile", "# syntax=docker/dockerfile:1\n[|# syntax=docker/dockerfile:1.7|]\nFROM alpine:3.20\n"));

    [Fact]
    public void Onbuild_chaining_and_from_trigger_are_reported() =>
        RuleTest.Flags(RuleIds.DockerfileSyntax, ("Dockerfile", "FROM alpine:3.20\nONBUILD [|ONBUILD|] RUN x\nONBUILD [|FROM|] alpine\n"));

    [Fact]
    public void Env_list_word_without_equals_is_reported() =>
        RuleTest.Flags(RuleIds.DockerfileSyntax, ("Dockerfile", "FROM alpine:3.20\nENV A=1 [|B|]\n"));

    [Fact]
    public void Valid_buildkit_syntax_passes() =>
        RuleTest.Passes(RuleIds.DockerfileSyntax, ("Dockerfile", """
            # syntax=docker/dockerfile:1
            # escape=\
            ARG BASE=alpine:3.20
            FROM --platform=$BUILDPLATFORM ${BASE} AS build
            RUN --mount=type=cache,target=/root/.cache \
                # a comment inside the continuation

                echo one \
                && echo two
            RUN <<EOF
            echo body
            EOF
            COPY <<-"END" /etc/conf
            	value
            	END
            RUN 3<<A cat /dev/fd/3 && <<B cat
            a
            A
            b
            B
            CMD ['not', 'json']
            HEALTHCHECK --interval=5s CMD ["curl", "-f", "http://localhost/"]
            ENV A=1 B="two words" C=three\ words
            ENV LEGACY value with spaces
            LABEL org.opencontainers.image.title="x"
            ONBUILD RUN echo later
            onbuild copy . /
            USER app
            """));

    [Fact]
    public void Continuation_at_end_of_file_is_valid() =>
        RuleTest.Passes(RuleIds.DockerfileSyntax, ("Dockerfile", "FROM alpine:3.5\n\nRUN something \\"));

    [Fact]
    public void Backtick_escape_directive_continues_lines() =>
        RuleTest.Passes(RuleIds.DockerfileSyntax, ("Dockerfile", "# escape=`\nFROM `\n    mcr.microsoft.com/windows/servercore:ltsc2022\nRUN dir C:\\\n"));
}

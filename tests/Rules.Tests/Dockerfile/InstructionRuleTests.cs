using RedFire.Lint.Rules;
using RedFire.Lint.Tests.Infrastructure;
using Xunit;

namespace RedFire.Lint.Tests.Dockerfile;

public class InstructionRuleTests
{
    [Fact]
    public void Add_of_local_files_is_reported() =>
        RuleTest.Flags(RuleIds.AddForLocalFiles, ("Dockerfile", "FROM alpine:3.20\n[|ADD|] requirements.txt /app/\n"));

    [Fact]
    public void Add_of_urls_archives_and_git_passes() =>
        RuleTest.Passes(RuleIds.AddForLocalFiles, ("Dockerfile", "FROM alpine:3.20\nADD https://x.io/a.bin /a\nADD rootfs.tar.gz /\nADD git@github.com:a/b.git /src\nCOPY a /a\n"));

    [Fact]
    public void Several_sources_to_a_file_destination_is_reported() =>
        RuleTest.Flags(RuleIds.CopyManySourcesToFile, ("Dockerfile", "FROM alpine:3.20\nCOPY package.json package-lock.json [|/app|]\n"));

    [Fact]
    public void Several_sources_to_a_directory_passes() =>
        RuleTest.Passes(RuleIds.CopyManySourcesToFile, ("Dockerfile", "FROM alpine:3.20\nCOPY a b /app/\nCOPY a b .\nCOPY [\"a\", \"/b\"]\nCOPY a $DEST\n"));

    [Fact]
    public void Invalid_json_is_reported_at_the_arguments() =>
        RuleTest.Flags(RuleIds.InvalidJsonFallsBackToShell, ("Dockerfile", "FROM alpine:3.20\nCMD [|['node', 'server.js']|]\nENTRYPOINT [|[\"unterminated\"|]\n"));

    [Fact]
    public void Valid_json_and_shell_text_pass() =>
        RuleTest.Passes(RuleIds.InvalidJsonFallsBackToShell, ("Dockerfile", "FROM alpine:3.20\nCMD [\"node\", \"server.js\"]\nRUN [ -f /x ] || echo no\n" +
            "RUN [ \"${RELEASE}\" = \"unstable\" ] && apt-get update\nRUN [ \"$A\" = b ]; echo done\n"));

    [Fact]
    public void Maintainer_is_reported() =>
        RuleTest.Flags(RuleIds.MaintainerDeprecated, ("Dockerfile", "FROM alpine:3.20\n[|MAINTAINER Jane <jane@example.com>|]\n"));

    [Fact]
    public void Label_authors_passes() =>
        RuleTest.Passes(RuleIds.MaintainerDeprecated, ("Dockerfile", "FROM alpine:3.20\nLABEL org.opencontainers.image.authors=\"Jane\"\n"));

    [Fact]
    public void Expose_problems_are_reported_at_the_port()
    {
        RuleTest.Flags(RuleIds.ExposePortOutOfRange, ("Dockerfile", "FROM a:1\nEXPOSE 80 [|70000|] [|9000-8000|]\n"));
        RuleTest.Flags(RuleIds.ExposeInvalidFormat, ("Dockerfile", "FROM a:1\nEXPOSE [|127.0.0.1:80:80|] [|8080:80|] [|http|]\n"));
        RuleTest.Flags(RuleIds.ExposeProtocolCasing, ("Dockerfile", "FROM a:1\nEXPOSE [|80/TCP|] [|53/dns|]\n"));
        RuleTest.Flags(RuleIds.ExposeSshPort, ("Dockerfile", "FROM a:1\nEXPOSE [|22|] 8080 [|20-30/tcp|]\n"));
    }

    [Fact]
    public void Valid_expose_passes()
    {
        const string valid = "FROM a:1\nARG PORT=8080\nEXPOSE 80 443/tcp 53/udp 8000-8010 ${PORT} $UNKNOWN 22/udp\n";
        RuleTest.Passes(RuleIds.ExposePortOutOfRange, ("Dockerfile", valid));
        RuleTest.Passes(RuleIds.ExposeInvalidFormat, ("Dockerfile", valid));
        RuleTest.Passes(RuleIds.ExposeProtocolCasing, ("Dockerfile", valid));
        RuleTest.Passes(RuleIds.ExposeSshPort, ("Dockerfile", valid));
    }

    [Fact]
    public void Legacy_key_value_is_reported() =>
        RuleTest.Flags(RuleIds.LegacyKeyValueFormat, ("Dockerfile", "FROM a:1\n[|ENV APP_HOME /app|]\n[|LABEL maintainer Jane Doe|]\n"));

    [Fact]
    public void Key_equals_value_passes() =>
        RuleTest.Passes(RuleIds.LegacyKeyValueFormat, ("Dockerfile", "FROM a:1\nENV APP_HOME=/app B=\"x y\"\nLABEL a=b\n"));

    [Fact]
    public void Instruction_casing_against_the_majority_is_reported()
    {
        RuleTest.Flags(RuleIds.InconsistentInstructionCasing, ("Dockerfile", "FROM scratch\n[|copy|] a /a\nCOPY b /b\n"));
        RuleTest.Flags(RuleIds.InconsistentInstructionCasing, ("Dockerfile", "[|From|] scratch\nfrom scratch\n"));
    }

    [Fact]
    public void Consistent_casing_passes() =>
        RuleTest.Passes(RuleIds.InconsistentInstructionCasing, ("Dockerfile", "from scratch\ncopy a /a\n"));

    [Fact]
    public void Empty_continuation_line_is_reported() =>
        RuleTest.Flags(RuleIds.EmptyContinuationLine, ("Dockerfile", "FROM a:1\nRUN echo a \\\n[||]\n  b\n"));

    [Fact]
    public void Comment_in_continuation_passes() =>
        RuleTest.Passes(RuleIds.EmptyContinuationLine, ("Dockerfile", "FROM a:1\nRUN echo a \\\n# note\n  b\n\nRUN echo c\n"));

    [Fact]
    public void Undefined_variables_that_are_certainly_wrong_are_reported()
    {
        RuleTest.Flags(RuleIds.UndefinedVariable, ("Dockerfile", "FROM alpine:3.20\nARG DIR_ASSETS=assets/\nCOPY [|$DIR_ASSET|] .\nENV PATH=[|$PAHT|]:/tmp/bin\n"));
        RuleTest.Flags(RuleIds.UndefinedVariable, ("Dockerfile", "FROM alpine:3.20\nCOPY [|$foo|] .\nARG foo=bar\n"));
        RuleTest.Flags(RuleIds.UndefinedVariable, ("Dockerfile", "FROM scratch AS first\nCOPY [|${bar}|] .\n"));
        RuleTest.Flags(RuleIds.UndefinedVariable, ("Dockerfile", "FROM alpine:3.20\nENV A=1 B=[|$A|]/x\n"));
    }

    [Fact]
    public void Defined_inherited_defaulted_or_image_variables_pass() =>
        RuleTest.Passes(RuleIds.UndefinedVariable, ("Dockerfile",
            "FROM scratch AS base\nARG VERSION=1\nENV APP=/app\nFROM base\nARG VERSION\nCOPY $APP/$VERSION ${MISSING:-x} /\nFROM node:20\nWORKDIR $NODE_HOME\nENV A=1\nENV B=$A\nENV PATH=/opt/bin:$PATH X=1\nENV PATH=$PATH:/more\nRUN echo $UNDEFINED\nUSER ${TARGETARCH}\n"));
}

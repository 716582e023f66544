using RedFire.Lint.Rules;
using RedFire.Lint.Tests.Infrastructure;
using Xunit;

namespace RedFire.Lint.Tests.Dockerfile;

public class CopyRuleTests
{
    [Fact]
    public void Chown_to_the_runtime_user_is_reported_at_the_flag() =>
        RuleTest.Flags(RuleIds.CopyOwnedByRuntimeUser, ("Dockerfile",
            "FROM python:3.12-slim AS base\nCOPY [|--chown=app:app|] requirements.txt /app/\nFROM base\nRUN useradd app\nADD [|--chown=app|] src /app/src\nUSER app\n"));

    [Fact]
    public void Chown_to_another_user_in_a_builder_or_without_user_passes()
    {
        RuleTest.Passes(RuleIds.CopyOwnedByRuntimeUser, ("Dockerfile",
            "FROM node:20 AS build\nCOPY --chown=node:node . /src\nFROM node:20-slim\nCOPY --chown=root:node --from=build /src /app\nUSER node\n"));
        RuleTest.Passes(RuleIds.CopyOwnedByRuntimeUser, ("Dockerfile", "FROM alpine:3.20\nCOPY --chown=app app /app\n"));
        RuleTest.Passes(RuleIds.CopyOwnedByRuntimeUser, ("Dockerfile", "FROM alpine:3.20\nCOPY --chown=root app /app\nUSER root\n"));
        RuleTest.Passes(RuleIds.CopyOwnedByRuntimeUser, ("Dockerfile", "FROM alpine:3.20\nCOPY --chown=1654:1654 /staging/home/app /home/app\nCOPY --chown=1654 seed /var/lib/app/\nUSER 1654\n"));
    }

    [Fact]
    public void Add_of_a_url_without_checksum_is_reported_at_the_url() =>
        RuleTest.Flags(RuleIds.AddUrlWithoutChecksum, ("Dockerfile",
            "FROM debian:12-slim\nADD [|https://example.com/tool.tar.gz|] [|http://example.com/b.bin|] /opt/\n"));

    [Fact]
    public void Add_with_checksum_git_sources_variables_and_local_files_pass() =>
        RuleTest.Passes(RuleIds.AddUrlWithoutChecksum, ("Dockerfile",
            "FROM debian:12-slim\nADD --checksum=sha256:24454f830cdb571e2c4ad15481119c43b3cafd48dd869a9b2945d1036d1dc68d https://example.com/t.tgz /opt/\n"
            + "ADD https://github.com/moby/buildkit.git#v0.14.1 /src\nADD ${TOOL_URL} /opt/\nADD local.tar.gz /opt/\n"));

    [Fact]
    public void Copy_from_a_stage_index_is_reported_at_the_value() =>
        RuleTest.Flags(RuleIds.CopyFromStageIndex, ("Dockerfile",
            "FROM golang:1.22\nRUN go build -o /out/app .\nFROM golang:1.22 AS tools\nFROM gcr.io/distroless/static-debian12\nCOPY --from=[|0|] /out/app /app\nCOPY --from=[|1|] /go/bin /bin\n"));

    [Fact]
    public void Copy_from_a_name_an_image_or_an_unknown_index_passes() =>
        RuleTest.Passes(RuleIds.CopyFromStageIndex, ("Dockerfile",
            "FROM golang:1.22 AS build\nFROM alpine:3.20\nCOPY --from=build /out /app\nCOPY --from=nginx:1.27 /etc/nginx /etc/nginx\nCOPY --from=5 /x /y\nCOPY --from=${STAGE} /x /y\n"));
}

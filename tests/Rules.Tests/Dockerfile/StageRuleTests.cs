using System.Linq;
using RedFire.Lint.Rules;
using RedFire.Lint.Tests.Infrastructure;
using Xunit;

namespace RedFire.Lint.Tests.Dockerfile;

public class StageRuleTests
{
    [Fact]
    public void Final_stage_without_user_is_reported_at_its_from() =>
        RuleTest.Flags(RuleIds.FinalStageRunsAsRoot, ("Dockerfile", "FROM golang:1.22 AS build\nRUN go build\n[|FROM alpine:3.20|]\nCMD [\"/app\"]\n"));

    [Fact]
    public void Last_root_user_is_reported_at_that_user() =>
        RuleTest.Flags(RuleIds.FinalStageRunsAsRoot, ("Dockerfile", "FROM alpine:3.20\nUSER app\n[|USER 0:0|]\nCMD [\"/app\"]\n"));

    [Fact]
    public void Root_user_inherited_from_a_stage_is_reported_there() =>
        RuleTest.Flags(RuleIds.FinalStageRunsAsRoot, ("Dockerfile", "FROM alpine:3.20 AS base\n[|USER root|]\nFROM base\nCMD [\"/app\"]\n"));

    [Fact]
    public void Non_root_user_inherited_through_a_stage_passes() =>
        RuleTest.Passes(RuleIds.FinalStageRunsAsRoot, ("Dockerfile", "FROM alpine:3.20 AS base\nUSER 10001\nFROM base\nCMD [\"/app\"]\n"));

    [Fact]
    public void Scratch_privilege_dropping_and_nonroot_images_pass()
    {
        RuleTest.Passes(RuleIds.FinalStageRunsAsRoot, ("Dockerfile", "FROM scratch\nCOPY app /app\n"));
        RuleTest.Passes(RuleIds.FinalStageRunsAsRoot, ("Dockerfile", "FROM postgres:16\n"));
        RuleTest.Passes(RuleIds.FinalStageRunsAsRoot, ("Dockerfile", "FROM gcr.io/distroless/static:nonroot\n"));
        RuleTest.Passes(RuleIds.FinalStageRunsAsRoot, ("Dockerfile", "FROM alpine:3.20\nUSER root\nRUN apk add --no-cache curl\nUSER app\n"));
    }

    [Fact]
    public void Untagged_and_latest_images_are_reported_at_the_image()
    {
        RuleTest.Flags(RuleIds.UntaggedOrLatestBaseImage, ("Dockerfile", "FROM [|ubuntu|] AS a\nFROM [|nginx:latest|]\n"));
        RuleTest.Flags(RuleIds.UntaggedOrLatestBaseImage, ("Dockerfile", "ARG IMAGE=node\nFROM [|${IMAGE}|]\n"));
    }

    [Fact]
    public void Stages_scratch_digests_and_unknown_args_pass() =>
        RuleTest.Passes(RuleIds.UntaggedOrLatestBaseImage, ("Dockerfile",
            "ARG TAG=3.12\nARG LATER\nFROM python:${TAG} AS build\nFROM build\nFROM scratch\nFROM nginx@sha256:0123\nFROM $LATER\nFROM localhost:5000/app:1.0\n"));

    [Fact]
    public void Serving_final_stage_without_healthcheck_is_reported()
    {
        RuleTest.Flags(RuleIds.MissingHealthcheck, ("Dockerfile", "FROM golang:1.22 AS build\n[|FROM python:3.12-slim|]\nEXPOSE 8000\n"));
        RuleTest.Flags(RuleIds.MissingHealthcheck, ("Dockerfile", "[|FROM python:3.12-slim|]\nCMD gunicorn app:app\n"));
        RuleTest.Flags(RuleIds.MissingHealthcheck, ("Dockerfile", "[|FROM mcr.microsoft.com/dotnet/aspnet:8.0|]\nENTRYPOINT [\"dotnet\", \"Api.dll\"]\n"));
    }

    [Fact]
    public void Healthcheck_inherited_none_or_no_server_passes()
    {
        RuleTest.Passes(RuleIds.MissingHealthcheck, ("Dockerfile", "FROM nginx:1.27 AS base\nHEALTHCHECK CMD curl -f http://localhost/ || exit 1\nFROM base\nEXPOSE 80\n"));
        RuleTest.Passes(RuleIds.MissingHealthcheck, ("Dockerfile", "FROM nginx:1.27\nEXPOSE 80\nHEALTHCHECK NONE\n"));
        RuleTest.Passes(RuleIds.MissingHealthcheck, ("Dockerfile", "FROM alpine:3.20\nCMD [\"/usr/local/bin/migrate\"]\n"));
    }

    [Fact]
    public void Relative_workdir_before_any_absolute_one_is_reported() =>
        RuleTest.Flags(RuleIds.RelativeWorkdir, ("Dockerfile", "FROM node:20\nWORKDIR [|app/|]\nFROM node:20\nWORKDIR /srv\nWORKDIR data\n"));

    [Fact]
    public void Absolute_inherited_and_variable_workdirs_pass() =>
        RuleTest.Passes(RuleIds.RelativeWorkdir, ("Dockerfile", "FROM node:20 AS base\nWORKDIR /app\nFROM base\nWORKDIR src\nWORKDIR $HOME/x\nWORKDIR C:\\app\n"));

    [Fact]
    public void Copy_from_self_later_or_unknown_stage_is_reported() =>
        RuleTest.Flags(RuleIds.CopyFromUnknownStage, ("Dockerfile",
            "FROM alpine:3.20 AS a\nCOPY --from=[|a|] /x /x\nCOPY --from=[|b|] /x /x\nCOPY --from=[|buld|] /x /x\nCOPY --from=[|3|] /x /x\nFROM alpine:3.20 AS b\n"));

    [Fact]
    public void Copy_from_earlier_stage_index_or_image_passes() =>
        RuleTest.Passes(RuleIds.CopyFromUnknownStage, ("Dockerfile",
            "FROM alpine:3.20 AS build\nFROM alpine:3.20\nCOPY --from=build /x /x\nCOPY --from=0 /x /x\nCOPY --from=nginx:1.27 /etc/nginx /etc/nginx\nCOPY --from=ghcr.io/a/b /x /x\n"));

    [Fact]
    public void Copy_from_a_compose_named_context_passes_and_other_names_are_still_flagged() =>
        RuleTest.Flags(RuleIds.CopyFromUnknownStage,
            ("compose.yaml", """
                services:
                  web:
                    build:
                      context: ./web
                      additional_contexts:
                        shared: ../libs/shared
                  worker:
                    build:
                      context: ./worker
                      additional_contexts:
                        - proto=../proto
                """),
            ("web/Dockerfile", """
                FROM node:20-alpine
                COPY --from=shared / /opt/shared
                COPY --from=[|proto|] / /opt/proto
                """),
            ("worker/Dockerfile", """
                FROM golang:1.22
                COPY --from=proto / /src/proto
                COPY --from=[|shared|] / /src/shared
                """));

    [Fact]
    public void Copy_from_a_bake_named_context_passes_for_its_target_only() =>
        RuleTest.Flags(RuleIds.CopyFromUnknownStage,
            ("docker-bake.hcl", """
                # Built with `docker buildx bake`.
                group "default" {
                  targets = ["api", "docs"]
                }

                target "base" {
                  contexts = {
                    certs = "./certs"
                  }
                }

                target "api" {
                  inherits   = ["base"]
                  context    = "services/api"
                  dockerfile = "Dockerfile"
                  contexts = {
                    "assets" = "target:assets"
                    alpine   = "docker-image://alpine:3.20"
                  }
                }

                target "docs" {
                  context    = "."
                  dockerfile = "docs/Dockerfile"
                }
                """),
            ("services/api/Dockerfile", """
                FROM alpine
                COPY --from=assets /dist /srv/www
                COPY --from=certs /ca.pem /etc/ssl/ca.pem
                """),
            ("docs/Dockerfile", """
                FROM nginx:1.27-alpine
                COPY --from=[|assets|] /dist /usr/share/nginx/html
                """));

    [Fact]
    public void Bake_files_with_inheritance_cycles_deep_chains_or_broken_syntax_do_not_break_the_run()
    {
        const string dockerfile = "FROM alpine:3.20\nCOPY --from=certs /ca.pem /etc/ssl/ca.pem\n";
        RuleTest.Passes(RuleIds.CopyFromUnknownStage,
            ("docker-bake.hcl", "target \"a\" {\n  inherits = [\"b\"]\n  contexts = { certs = \"./certs\" }\n}\ntarget \"b\" {\n  inherits = [\"a\"]\n}\n"),
            ("Dockerfile", dockerfile));
        var chain = string.Concat(Enumerable.Range(0, 5000).Select(i => $"target \"t{i}\" {{\n  inherits = [\"t{i + 1}\"]\n}}\n"));
        RuleTest.Passes(RuleIds.CopyFromUnknownStage,
            ("docker-bake.hcl", chain + "target \"t0x\" {\n  contexts = { certs = \"./certs\" }\n}\n"),
            ("Dockerfile", dockerfile));
        foreach (var broken in new[] { "target \"t\" {\n  contexts = { = \"", "target \"t\" { dockerfile = }\n}}}", "/* never closed", "target \"t\" { contexts = { certs = \"${a\"b}\" } }" })
        {
            var result = RuleTest.Lint(("docker-bake.hcl", broken), ("Dockerfile", dockerfile));
            Assert.DoesNotContain(result.Diagnostics, d => d.RuleId == RuleIds.InternalError);
        }
    }

    [Fact]
    public void Duplicate_reserved_and_uppercase_stage_names_are_reported()
    {
        RuleTest.Flags(RuleIds.DuplicateStageName, ("Dockerfile", "FROM a:1 AS build\nFROM b:1 AS [|Build|]\n"));
        RuleTest.Flags(RuleIds.ReservedStageName, ("Dockerfile", "FROM a:1 AS [|scratch|]\nFROM b:1 AS [|context|]\n"));
        RuleTest.Flags(RuleIds.StageNameCasing, ("Dockerfile", "FROM a:1 AS [|Build|]\n"));
    }

    [Fact]
    public void Unique_lowercase_stage_names_pass()
    {
        RuleTest.Passes(RuleIds.DuplicateStageName, ("Dockerfile", "FROM a:1 AS build\nFROM b:1 AS test\nFROM b:1\n"));
        RuleTest.Passes(RuleIds.ReservedStageName, ("Dockerfile", "FROM a:1 AS base\nFROM scratch\n"));
        RuleTest.Passes(RuleIds.StageNameCasing, ("Dockerfile", "FROM a:1 AS build-2\n"));
    }

    [Fact]
    public void Second_cmd_entrypoint_and_healthcheck_are_reported() =>
        RuleTest.Flags(RuleIds.MultipleCmdEntrypointHealthcheck, ("Dockerfile",
            "FROM scratch\n[|ENTRYPOINT|] [\"/a\"]\n[|CMD|] [\"/a\"]\n[|HEALTHCHECK|] CMD [\"/a\"]\nENTRYPOINT [\"/b\"]\nCMD [\"/b\"]\nHEALTHCHECK CMD [\"/b\"]\n"));

    [Fact]
    public void One_cmd_per_stage_passes() =>
        RuleTest.Passes(RuleIds.MultipleCmdEntrypointHealthcheck, ("Dockerfile", "FROM a:1 AS x\nCMD [\"a\"]\nFROM x\nCMD [\"b\"]\n"));

    private const string BuilderWithRuntimeSettings =
        "FROM golang:1.22 AS builder\nCMD run.sh\nENTRYPOINT [top, -b]\nCMD [\"./app\"]\nFROM alpine:3.20\nCOPY --from=builder /app /app\nCMD [\"/app\"]\n";

    [Fact]
    public void Runtime_settings_of_a_stage_no_image_ships_pass()
    {
        RuleTest.Passes(RuleIds.MultipleCmdEntrypointHealthcheck, ("Dockerfile", BuilderWithRuntimeSettings));
        RuleTest.Passes(RuleIds.ShellFormCmdEntrypoint, ("Dockerfile", BuilderWithRuntimeSettings));
        RuleTest.Passes(RuleIds.InvalidJsonFallsBackToShell, ("Dockerfile", BuilderWithRuntimeSettings));
    }

    [Fact]
    public void Runtime_settings_of_a_stage_a_compose_build_targets_are_reported()
    {
        var compose = ("compose.yaml", "services:\n  tools:\n    build:\n      context: .\n      target: builder\n");
        RuleTest.Flags(RuleIds.MultipleCmdEntrypointHealthcheck, ("Dockerfile",
            "FROM golang:1.22 AS builder\n[|CMD|] run.sh\nENTRYPOINT [top, -b]\nCMD [\"./app\"]\nFROM alpine:3.20\nCOPY --from=builder /app /app\nCMD [\"/app\"]\n"), compose);
        RuleTest.Flags(RuleIds.ShellFormCmdEntrypoint, ("Dockerfile",
            "FROM golang:1.22 AS builder\n[|CMD run.sh|]\nENTRYPOINT [top, -b]\nCMD [\"./app\"]\nFROM alpine:3.20\nCOPY --from=builder /app /app\nCMD [\"/app\"]\n"), compose);
        RuleTest.Flags(RuleIds.InvalidJsonFallsBackToShell, ("Dockerfile",
            "FROM golang:1.22 AS builder\nCMD run.sh\nENTRYPOINT [|[top, -b]|]\nCMD [\"./app\"]\nFROM alpine:3.20\nCOPY --from=builder /app /app\nCMD [\"/app\"]\n"), compose);
    }

    [Fact]
    public void Invalid_json_in_a_builder_run_is_reported() =>
        RuleTest.Flags(RuleIds.InvalidJsonFallsBackToShell, ("Dockerfile",
            "FROM golang:1.22 AS builder\nRUN [|[go, build, -o, /app]|]\nFROM alpine:3.20\nCOPY --from=builder /app /app\nCMD [\"/app\"]\n"));

    [Fact]
    public void Shell_form_cmd_and_entrypoint_are_reported() =>
        RuleTest.Flags(RuleIds.ShellFormCmdEntrypoint, ("Dockerfile", "FROM scratch\n[|CMD mycommand --flag|]\n[|ENTRYPOINT run.sh|]\n"));

    [Fact]
    public void Exec_form_or_a_shell_set_in_the_stage_chain_passes() =>
        RuleTest.Passes(RuleIds.ShellFormCmdEntrypoint, ("Dockerfile", "FROM scratch AS base\nCMD [\"a\"]\nSHELL [\"/usr/bin/customshell\"]\nFROM base\nCMD mycommand\n"));

    [Fact]
    public void Platform_flags_are_reported()
    {
        RuleTest.Flags(RuleIds.FromPlatformConstant, ("Dockerfile", "FROM [|--platform=linux/amd64|] node:20\n"));
        RuleTest.Flags(RuleIds.RedundantTargetPlatform, ("Dockerfile", "FROM [|--platform=$TARGETPLATFORM|] node:20\n"));
    }

    [Fact]
    public void Platform_variables_pass()
    {
        RuleTest.Passes(RuleIds.FromPlatformConstant, ("Dockerfile", "FROM --platform=linux/amd64 scratch AS build_amd64\n"));
        RuleTest.Passes(RuleIds.FromPlatformConstant, ("Dockerfile", "FROM --platform=$BUILDPLATFORM node:20\n"));
        RuleTest.Passes(RuleIds.RedundantTargetPlatform, ("Dockerfile", "FROM --platform=$BUILDPLATFORM node:20\n"));
    }

    [Fact]
    public void Undeclared_args_in_from_are_reported() =>
        RuleTest.Flags(RuleIds.UndefinedArgInFrom, ("Dockerfile", "ARG tag=latest\nFROM [|busybox:${tag}${version}|] AS b\nFROM --platform=[|$BULIDPLATFORM|] scratch\n"));

    [Fact]
    public void Declared_and_predefined_args_in_from_pass() =>
        RuleTest.Passes(RuleIds.UndefinedArgInFrom, ("Dockerfile", "ARG BASE=alpine\nFROM --platform=$BUILDPLATFORM ${BASE}:${TAG:-3.20}\nARG LATE=1\n"));

    [Fact]
    public void From_as_casing_mismatch_is_reported() =>
        RuleTest.Flags(RuleIds.FromAsCasing, ("Dockerfile", "FROM a:1 [|as|] build\nfrom b:1 [|AS|] test\n"));

    [Fact]
    public void Matching_from_as_casing_passes() =>
        RuleTest.Passes(RuleIds.FromAsCasing, ("Dockerfile", "FROM a:1 AS build\nfrom b:1 as test\n"));
}

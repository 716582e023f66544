using RedFire.Lint.Rules;
using RedFire.Lint.Tests.Infrastructure;
using Xunit;

namespace RedFire.Lint.Tests.Deployment;

/// <summary>Dockerfile rules for images that cannot work: RF1101-RF1104.</summary>
public class ImageRuleTests
{
    [Fact]
    public void Pip_user_scripts_started_by_name_are_flagged_in_every_image_built_on_the_stage()
    {
        var diagnostics = RuleTest.Flags(RuleIds.PipUserScriptsNotOnPath, ("services/Dockerfile", """
            FROM python:3.11-slim AS base
            RUN useradd --create-home redfire
            USER redfire
            COPY requirements.txt .
            RUN pip install --user -r requirements.txt

            FROM base AS vnpy-core-service
            CMD [[|"uvicorn"|], "main:app", "--port", "8006"]

            FROM base AS user-trading-service
            ENTRYPOINT ["dumb-init", "--"]
            CMD [[|"uvicorn"|], "main:app", "--port", "8001"]
            """));

        Assert.Contains("/home/redfire/.local/bin", diagnostics[0].Message);
        Assert.Contains("line 5", diagnostics[0].Message);
    }

    [Fact]
    public void Pip_user_is_fine_with_the_scripts_directory_on_path_or_python_dash_m()
    {
        RuleTest.Passes(RuleIds.PipUserScriptsNotOnPath, ("a/Dockerfile", """
            FROM python:3.11-slim
            USER app
            ENV PATH=/home/app/.local/bin:$PATH
            RUN pip install --user uvicorn
            CMD ["uvicorn", "main:app"]
            """), ("b/Dockerfile", """
            FROM python:3.11-slim
            RUN pip install --user uvicorn
            CMD ["python", "-m", "uvicorn", "main:app"]
            """), ("c/Dockerfile", """
            FROM python:3.11-slim
            RUN python -m venv /opt/venv
            ENV PATH=/opt/venv/bin:$PATH
            RUN pip install uvicorn
            CMD ["uvicorn", "main:app"]
            """));
    }

    [Fact]
    public void Apk_on_a_debian_image_is_flagged_through_stage_inheritance()
    {
        RuleTest.Flags(RuleIds.PackageManagerMismatch, ("Dockerfile", """
            ARG PY=python:3.11-slim
            FROM ${PY} AS base
            RUN apt-get update && apt-get install -y --no-install-recommends curl
            FROM base AS service
            RUN [|apk|] add --no-cache dumb-init
            FROM alpine:3.20
            RUN [|apt-get|] install -y curl && apk add --no-cache curl
            """));
    }

    [Fact]
    public void Matching_package_managers_and_unknown_bases_pass()
    {
        RuleTest.Passes(RuleIds.PackageManagerMismatch, ("Dockerfile", """
            FROM node:20-alpine
            RUN apk add --no-cache tini
            FROM debian:bookworm-slim
            RUN apt-get update && apt-get install -y --no-install-recommends ca-certificates
            FROM rockylinux:9
            RUN dnf install -y shadow-utils
            FROM redfire/base:1.0
            RUN apk add --no-cache anything
            """));
    }

    [Fact]
    public void Toolchain_in_an_ancestor_of_run_images_is_flagged_once_per_package()
    {
        var diagnostics = RuleTest.Flags(RuleIds.BuildToolchainInRuntimeImage, ("Dockerfile", """
            FROM python:3.11-slim AS base
            RUN apt-get update && apt-get install -y \
                [|build-essential|] \
                [|libpq-dev|] \
                curl
            FROM base AS vnpy-core-service
            CMD ["python", "main.py"]
            FROM base AS user-trading-service
            CMD ["python", "main.py"]
            """));

        Assert.Contains("vnpy-core-service, user-trading-service", diagnostics[0].Message);
    }

    [Fact]
    public void Toolchain_in_a_builder_stage_or_removed_again_passes()
    {
        RuleTest.Passes(RuleIds.BuildToolchainInRuntimeImage, ("Dockerfile", """
            FROM python:3.11-slim AS builder
            RUN apt-get update && apt-get install -y --no-install-recommends build-essential libpq-dev
            RUN python -m venv /opt/venv && /opt/venv/bin/pip install psycopg
            FROM python:3.11-alpine AS wheels
            RUN apk add --no-cache --virtual .build-deps gcc musl-dev && pip wheel cffi && apk del .build-deps
            FROM python:3.11-slim
            COPY --from=builder /opt/venv /opt/venv
            COPY --from=wheels /wheels /wheels
            RUN apt-get update && apt-get install -y --no-install-recommends libpq5 gcc && apt-get purge -y gcc
            CMD ["/opt/venv/bin/python", "main.py"]
            """));
    }

    [Fact]
    public void Package_install_after_user_switch_is_flagged_with_the_user_line()
    {
        var diagnostics = RuleTest.Flags(RuleIds.PackageInstallAsNonRoot, ("Dockerfile", """
            FROM python:3.11-slim AS base
            RUN useradd redfire
            USER redfire
            FROM base AS service
            RUN [|apt-get|] update
            USER root
            RUN apt-get install -y curl
            USER 1000:1000
            RUN [|apt-get|] install -y jq
            """));

        Assert.Contains("USER redfire (line 3)", diagnostics[0].Message);
    }

    [Fact]
    public void Package_install_as_root_or_with_sudo_passes()
    {
        RuleTest.Passes(RuleIds.PackageInstallAsNonRoot, ("Dockerfile", """
            FROM python:3.11-slim
            RUN apt-get update && apt-get install -y --no-install-recommends sudo
            USER app
            RUN sudo apt-get install -y jq
            RUN pip install --user requests
            """));
    }
}

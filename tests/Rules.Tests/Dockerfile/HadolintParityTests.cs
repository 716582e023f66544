using System.Collections.Generic;
using RedFire.Lint.Findings;
using RedFire.Lint.Policy;
using RedFire.Lint.Rules;
using RedFire.Lint.Tests.Infrastructure;
using Xunit;

namespace RedFire.Lint.Tests.Dockerfile;

/// <summary>Package-manager dialects, fragments and the rules that cover hadolint's DL rules beyond the first ones.</summary>
public class HadolintParityTests
{
    private static (string, string) File(string body) => ("Dockerfile", "FROM debian:12\n" + body + "\nUSER app\n");

    private static LintConfiguration On(string ruleId) =>
        LintConfiguration.Default with { Severities = new Dictionary<string, Severity> { [ruleId] = Severity.Info } };

    private static LintConfiguration WithLabels(bool strict = false) => LintConfiguration.Default with
    {
        Policy = LintPolicy.Default with
        {
            LabelSchema = new Dictionary<string, string> { ["org.opencontainers.image.source"] = "url", ["org.opencontainers.image.created"] = "rfc3339" },
            StrictLabels = strict,
        },
    };

    [Fact]
    public void Instructions_before_any_from_are_linted_as_a_fragment()
    {
        RuleTest.Flags(RuleIds.SudoInRun, ("Dockerfile", "RUN [|sudo|] make install\n"));
        RuleTest.Flags(RuleIds.InstructionBeforeFrom, ("Dockerfile", "# syntax=docker/dockerfile:1\n[|LABEL|] team=api\nFROM alpine:3.20\n"));
    }

    [Fact]
    public void Arg_before_from_is_no_fragment() =>
        RuleTest.Passes(RuleIds.InstructionBeforeFrom, ("Dockerfile", "ARG BASE=alpine:3.20\nFROM $BASE\nLABEL team=api\n"));

    [Fact]
    public void Apt_front_ends_and_dnf_aliases_are_package_installs()
    {
        RuleTest.Flags(RuleIds.AptGetWithoutYes, File("RUN apt update && [|apt install curl|] && [|aptitude install git|]"));
        RuleTest.Flags(RuleIds.RpmInstallWithoutYes, ("Dockerfile", "FROM fedora:40\nRUN [|dnf in httpd|] && [|dnf up|] && [|microdnf install x|] && [|dnf upgrade-minimal|] && [|dnf rei httpd|]\nRUN [|pacman -Syu|]\n"));
    }

    [Fact]
    public void Option_values_are_not_read_as_packages()
    {
        RuleTest.Passes(RuleIds.PipUnpinnedPackages, File("RUN pip install --upgrade pip && pip install --root-user-action ignore poetry==1.8.5 && pipx install black && pipenv install flask"));
        RuleTest.Passes(RuleIds.NpmUnpinnedPackages, File("RUN npm install --loglevel verbose sax@0.1.1 git+https://github.com/npm/npm.git#v1.0.27 ~/lib"));
        RuleTest.Passes(RuleIds.GemUnpinnedPackages, File("RUN gem install bundler:2.0.1 -- --use-system-libraries=true && gem i rake:13 && gem install nokogiri:1.16.5 --use-system-libraries false"));
    }

    [Fact]
    public void Unpinned_git_npm_packages_and_gem_i_are_reported()
    {
        RuleTest.Flags(RuleIds.NpmUnpinnedPackages, File("RUN npm install [|git+https://github.com/npm/npm.git|]"));
        RuleTest.Flags(RuleIds.GemUnpinnedPackages, File("RUN gem i [|bundler|] -- --with-x"));
    }

    [Fact]
    public void Pip_no_cache_dir_from_the_command_or_an_export_counts()
    {
        RuleTest.Passes(RuleIds.PipInstallKeepsCache, File("RUN PIP_NO_CACHE_DIR=1 pip install six==1.16 && export PIP_NO_CACHE_DIR=on && pip install attrs==23.1"));
        RuleTest.Passes(RuleIds.PipInstallKeepsCache, File("RUN pipx install ruff==0.5.0 && pipenv install --deploy"));
        RuleTest.Flags(RuleIds.PipInstallKeepsCache, File("RUN [|PIP_NO_CACHE_DIR=off pip install six==1.16|]"));
    }

    [Fact]
    public void Cache_mounts_on_package_caches_count_only_on_their_directory()
    {
        RuleTest.Passes(RuleIds.ApkAddWithoutNoCache, ("Dockerfile", "FROM alpine:3.20\nRUN --mount=type=cache,target=/var/cache/apk apk add curl=8.9.1-r0\nUSER app\n"));
        RuleTest.Flags(RuleIds.ApkAddWithoutNoCache, ("Dockerfile", "FROM alpine:3.20\nRUN --mount=type=cache,target=/root/.npm [|apk add curl=8.9.1-r0|]\nUSER app\n"));
        RuleTest.Passes(RuleIds.AptListsNotRemoved, File("RUN --mount=type=tmpfs,target=/var/lib/apt/lists apt-get update && apt-get install -y --no-install-recommends curl"));
    }

    [Fact]
    public void Onbuild_runs_are_reported_in_builder_stages_too_as_their_trigger_runs_in_the_child_image()
    {
        RuleTest.Flags(RuleIds.AptListsNotRemoved, ("Dockerfile", "FROM debian:12 AS base\nONBUILD RUN [|apt-get install -y curl|]\nRUN apt-get install -y git\nFROM alpine:3.20\nUSER app\n"));
        RuleTest.Flags(RuleIds.YarnCacheNotCleaned, ("Dockerfile", "FROM node:20 AS base\nONBUILD RUN [|yarn install|]\nFROM node:20\nUSER node\n"));
    }

    [Fact]
    public void Apt_lists_are_reported_at_every_run_of_the_final_image_onbuild_included() =>
        RuleTest.Flags(RuleIds.AptListsNotRemoved, File("RUN apt-get update && [|apt-get install -y a|]\nRUN [|apt install -y b|]\nONBUILD RUN [|apt-get install -y c|]"));

    [Fact]
    public void Unpinned_rpm_and_zypper_packages_are_reported()
    {
        RuleTest.Flags(RuleIds.UnpinnedRpmPackages, ("Dockerfile", "FROM rockylinux:9\nRUN dnf install -y [|tomcat|] gcc-c++-11.4 openssl-1:3.0.7 ./local.rpm \"git-${V}\" && dnf module install -y [|nodejs|] && zypper install -y [|vim|] curl=8.0\n"));
        RuleTest.Passes(RuleIds.UnpinnedRpmPackages, ("Dockerfile", "FROM rockylinux:9\nRUN yum install -y httpd-2.4.57 && dnf module install -y nodejs:18 && zypper in -y 'vim>=9'\n"));
    }

    [Fact]
    public void Distribution_upgrades_are_reported()
    {
        RuleTest.Flags(RuleIds.DistributionUpgrade, ("Dockerfile", "FROM opensuse/leap:15.6\nRUN [|zypper dup -y|] && [|zypper --non-interactive dist-upgrade|]\n"));
        RuleTest.Passes(RuleIds.DistributionUpgrade, File("RUN apt-get update && apt-get dist-upgrade -y && zypper up -y"));
    }

    [Fact]
    public void Unsuitable_commands_are_reported_at_their_name()
    {
        RuleTest.Flags(RuleIds.UnsuitableCommandInRun, File("RUN [|top|] -b -n1\nRUN [[|\"ps\"|], \"-d\"]"));
        RuleTest.Passes(RuleIds.UnsuitableCommandInRun, File("RUN apt-get install -y ssh procps"));
    }

    [Fact]
    public void A_copied_archive_that_is_extracted_is_reported_at_the_copy()
    {
        RuleTest.Flags(RuleIds.CopiedArchiveExtracted, File("[|COPY app.tar.gz /tmp/|]\nRUN tar -xzf /tmp/app.tar.gz -C /opt"));
        RuleTest.Passes(RuleIds.CopiedArchiveExtracted, File("COPY app.tar.gz /srv/\nCOPY --from=build /out/lib.tar /opt/\nRUN tar -xf /opt/lib.tar"));
    }

    [Fact]
    public void Base_images_from_untrusted_registries_are_reported()
    {
        var policy = LintConfiguration.Default with { Policy = LintPolicy.Default with { TrustedRegistries = ["docker.io", "*.redfire.internal"] } };
        RuleTest.Flags(RuleIds.UntrustedBaseRegistry, policy, ("Dockerfile", "FROM [|quay.io/prometheus/node-exporter:v1.8.2|] AS exporter\nFROM registry.redfire.internal/base:1 AS b\nFROM nginx:1.27\nFROM exporter\n"));
        RuleTest.Passes(RuleIds.UntrustedBaseRegistry, ("Dockerfile", "FROM quay.io/prometheus/node-exporter:v1.8.2\n"));
    }

    [Fact]
    public void Relative_copy_before_workdir_is_reported_at_the_destination_when_turned_on()
    {
        RuleTest.Flags(RuleIds.RelativeCopyWithoutWorkdir, On(RuleIds.RelativeCopyWithoutWorkdir), ("Dockerfile", "FROM python:3.12-slim AS base\nCOPY requirements.txt [|.|]\nWORKDIR /app\nCOPY . .\nFROM base\nCOPY x y\n"));
        RuleTest.Passes(RuleIds.RelativeCopyWithoutWorkdir, On(RuleIds.RelativeCopyWithoutWorkdir), ("Dockerfile", "FROM python:3.12-slim\nCOPY a /app/\nCOPY b $DEST\nCOPY c C:/app/\nFROM scratch\nCOPY --from=0 /out .\n"));
    }

    [Fact]
    public void Wget_without_progress_is_reported()
    {
        RuleTest.Flags(RuleIds.WgetWithoutProgress, File("RUN [|wget https://example.com/a.tgz|]"));
        RuleTest.Passes(RuleIds.WgetWithoutProgress, File("RUN wget -q https://e.com/a && wget -nv https://e.com/b && wget --progress=dot:giga https://e.com/c && wget -qO- https://e.com/d"));
    }

    [Fact]
    public void Invalid_label_keys_are_reported()
    {
        RuleTest.Flags(RuleIds.InvalidLabelKey, File("LABEL [|com.docker.version|]=1 [|build..date|]=2 [|-x|]=3 org.opencontainers.image.version=1 Maintainer=me"));
        RuleTest.Passes(RuleIds.InvalidLabelKey, File("LABEL org.valid-key.label3=foo version=1"));
    }

    [Fact]
    public void Required_labels_are_checked_on_result_stages_only()
    {
        RuleTest.Flags(RuleIds.RequiredLabelMissing, WithLabels(),
            ("Dockerfile", "FROM golang:1.22 AS build\nFROM alpine:3.20 AS base\nLABEL org.opencontainers.image.source=https://x.example/a org.opencontainers.image.created=2024-05-01T00:00:00Z\n[|FROM alpine:3.20|]\nCOPY --from=build /out /app\nFROM base\n"));
        RuleTest.Passes(RuleIds.RequiredLabelMissing, ("Dockerfile", "FROM alpine:3.20\n"));
    }

    [Fact]
    public void Label_values_are_checked_against_their_kind()
    {
        RuleTest.Flags(RuleIds.InvalidLabelValue, WithLabels(), File("LABEL org.opencontainers.image.source=[|not-a-url|] org.opencontainers.image.created=[|\"\"|]"));
        RuleTest.Passes(RuleIds.InvalidLabelValue, WithLabels(), File("LABEL org.opencontainers.image.source=https://github.com/redfire/app org.opencontainers.image.created=$CREATED other=x"));
    }

    [Fact]
    public void Strict_labels_report_labels_outside_the_schema()
    {
        RuleTest.Flags(RuleIds.UnexpectedLabel, WithLabels(strict: true), File("LABEL org.opencontainers.image.source=https://x.example/a [|owner|]=team-a"));
        RuleTest.Passes(RuleIds.UnexpectedLabel, WithLabels(), File("LABEL owner=team-a"));
    }

    [Fact]
    public void Consecutive_single_command_runs_and_copies_are_reported()
    {
        RuleTest.Flags(RuleIds.ConsecutiveRuns, File("RUN apt-get update\n# then\n[|RUN apt-get install -y curl|]\nCOPY a /app/\n[|COPY b /app/|]"));
        RuleTest.Passes(RuleIds.ConsecutiveRuns, File("RUN a && b\nRUN c\nRUN --mount=type=secret,id=x d\nRUN e\nCOPY a /x/\nCOPY b /y/"));
    }

    [Fact]
    public void Yarn_install_without_cache_clean_is_reported()
    {
        RuleTest.Flags(RuleIds.YarnCacheNotCleaned, ("Dockerfile", "FROM node:20\nRUN [|yarn install --frozen-lockfile|]\nUSER node\n"));
        RuleTest.Passes(RuleIds.YarnCacheNotCleaned, ("Dockerfile", "FROM node:20 AS build\nRUN yarn install\nFROM node:20\nRUN yarn install && yarn cache clean\nUSER node\n"));
    }

    [Fact]
    public void Go_installs_without_a_version_are_reported()
    {
        RuleTest.Flags(RuleIds.UnpinnedGoInstall, ("Dockerfile", "FROM golang:1.22\nRUN go install [|example.com/tool@latest|] && go get [|example.com/pkg|] && go run [|example.com/gen|] ./x\n"));
        RuleTest.Passes(RuleIds.UnpinnedGoInstall, ("Dockerfile", "FROM golang:1.22\nRUN go install ./cmd/app && go run example.com/gen@v1.2.3 --out x && go get -tool example.com/t@v0.1.0 && go install .\n"));
    }

    [Fact]
    public void Non_numeric_user_is_reported_when_turned_on()
    {
        RuleTest.Flags(RuleIds.NonNumericUser, On(RuleIds.NonNumericUser), ("Dockerfile", "FROM alpine:3.20\nUSER [|app:app|]\n"));
        RuleTest.Passes(RuleIds.NonNumericUser, On(RuleIds.NonNumericUser), ("Dockerfile", "FROM alpine:3.20\nUSER 10001:10001\nUSER $APP_UID\n"));
    }

    [Fact]
    public void Copying_a_whole_filesystem_is_reported()
    {
        RuleTest.Flags(RuleIds.CopyWholeFilesystem, File("[|COPY --from=build \"/\" \"/\"|]"));
        RuleTest.Passes(RuleIds.CopyWholeFilesystem, File("COPY / /\nCOPY --from=build / /app\nCOPY --from=build /app /"));
    }

    [Fact]
    public void Wget_and_curl_in_one_stage_are_reported_once_both_are_used()
    {
        RuleTest.Flags(RuleIds.WgetAndCurl, File("RUN wget -q https://e.com/a\nRUN [|curl -fsS https://e.com/b|]\nRUN echo\nRUN [|wget -q https://e.com/c|]"));
        RuleTest.Passes(RuleIds.WgetAndCurl, ("Dockerfile", "FROM alpine:3.20 AS a\nRUN wget -q https://e.com/a\nFROM alpine:3.20\nRUN curl -fsS https://e.com/b\n"));
    }

    [Fact]
    public void Symlinking_a_shell_over_bin_sh_is_reported()
    {
        RuleTest.Flags(RuleIds.ShellReplacedBySymlink, File("RUN [|ln -sfv /bin/bash /bin/sh|]"));
        RuleTest.Passes(RuleIds.ShellReplacedBySymlink, File("RUN ln -sf /bin/true /sbin/initctl && ln -s foo bar && echo /bin/sh"));
    }

    [Fact]
    public void Hadolint_inline_ignores_are_reported_when_turned_on()
    {
        RuleTest.Flags(RuleIds.HadolintInlineIgnore, On(RuleIds.HadolintInlineIgnore), File("[|# hadolint ignore=DL3008|]\nRUN apt-get install -y curl"));
        RuleTest.Passes(RuleIds.HadolintInlineIgnore, On(RuleIds.HadolintInlineIgnore), File("# hadolint shell=powershell\n# a comment"));
    }

    [Fact]
    public void Arg_defaults_that_make_an_invalid_base_are_reported()
    {
        RuleTest.Flags(RuleIds.InvalidDefaultArgInFrom, ("Dockerfile", "ARG VERSION\nARG IMAGE\nARG SFX=\"box:\"\nFROM [|busybox:$VERSION|]\nFROM [|$IMAGE|]\nFROM [|busy${SFX}|]\n"));
        RuleTest.Passes(RuleIds.InvalidDefaultArgInFrom, ("Dockerfile", "ARG VERSION=\"1.36\"\nARG REG=docker.io/library\nFROM busybox:${VERSION}\nFROM ${REG}/alpine:3.20\nFROM alpine:${UNDECLARED}\n"));
        // Found by the fuzzer: a '$' that names nothing threw instead of being left to the syntax rules.
        RuleTest.Passes(RuleIds.InvalidDefaultArgInFrom, ("Dockerfile", "ARG SDK=mcr.microsoft.com/dotnet/sdk:8.0\nFROM $\nFROM $\\{SDK} AS build\n"));
    }

    [Fact]
    public void Description_comments_must_name_what_they_describe_when_turned_on()
    {
        RuleTest.Flags(RuleIds.InvalidDefinitionDescription, On(RuleIds.InvalidDefinitionDescription),
            ("Dockerfile", "# bar this is the bar\n[|ARG foo=bar|]\n# BasE this is the base\n[|FROM scratch AS base|]\n"));
        RuleTest.Passes(RuleIds.InvalidDefinitionDescription, On(RuleIds.InvalidDefinitionDescription),
            ("Dockerfile", "# foo this is the foo\nARG foo=bar\n\n# base the base image\nFROM scratch AS base\n#\nARG bit=bat\n# not about COPY\nCOPY a /b\n"));
    }

    [Fact]
    public void Dependency_downloads_without_a_cache_mount_are_reported_when_turned_on()
    {
        RuleTest.Flags(RuleIds.BuildCacheNotMounted, On(RuleIds.BuildCacheNotMounted),
            ("Dockerfile", "FROM rust:1.79 AS build\nRUN [|cargo build --release|]\nRUN --mount=type=cache,target=/tmp/other [|./gradlew assemble|]\nRUN go vet ./... && [|composer install --no-dev|]\n"));
        RuleTest.Passes(RuleIds.BuildCacheNotMounted, On(RuleIds.BuildCacheNotMounted),
            ("Dockerfile", "FROM rust:1.79\nRUN --mount=type=cache,target=/usr/local/cargo/registry cargo build --release\nRUN --mount=type=cache,target=/home/app/.m2 mvn -B package\nRUN --mount=type=tmpfs,target=/go/pkg/mod go mod download\nRUN dotnet --info && mvn --version && bundle exec rake\n"));
    }

    [Fact]
    public void Pecl_packages_without_a_version_are_reported()
    {
        RuleTest.Flags(RuleIds.PeclUnpinnedPackages, File("RUN pecl install -o -f [|apcu|] [|xdebug-beta|] mongodb-1.19.3 [|pecl.php.net/igbinary|]"));
        RuleTest.Passes(RuleIds.PeclUnpinnedPackages, File("RUN pecl install /tmp/ext/apcu-5.1.23.tgz pecl.php.net/igbinary-3.2.15 channel://pecl.php.net/msgpack-2.2.0 \"$EXT\" && pecl run-tests x"));
        RuleTest.Passes(RuleIds.PeclUnpinnedPackages, File("RUN pecl install --configureoptions 'enable-redis-igbinary=\"yes\" enable-redis-zstd=\"yes\"' redis-6.3.0 && pecl install -D 'with-x=\"no\"' memcached-3.4.0 && pecl install -oD 'enable-apcu-debug=\"no\"' apcu-5.1.23"));
    }

    [Fact]
    public void Npm_installs_of_dev_dependencies_in_the_final_image_are_reported_when_turned_on()
    {
        RuleTest.Flags(RuleIds.NpmDevDependencies, On(RuleIds.NpmDevDependencies),
            ("Dockerfile", "FROM node:20 AS build\nRUN npm ci\nFROM node:20-slim\nRUN [|npm ci --no-audit|] && [|npm i lodash@4.17.21|]\nUSER node\n"));
        RuleTest.Passes(RuleIds.NpmDevDependencies, On(RuleIds.NpmDevDependencies),
            ("Dockerfile", "FROM node:20-slim\nRUN npm ci --omit=dev && npm install --omit dev && npm i --production && NODE_ENV=production npm ci && npm install -g pm2@5.4.2 && npm run build\nUSER node\n"));
        RuleTest.Passes(RuleIds.NpmDevDependencies, On(RuleIds.NpmDevDependencies), ("Dockerfile", "FROM node:20-slim\nENV NODE_ENV=production\nRUN npm ci\nUSER node\n"));
    }

    [Fact]
    public void Copying_the_whole_build_context_is_reported_when_turned_on()
    {
        RuleTest.Flags(RuleIds.CopyWholeContext, On(RuleIds.CopyWholeContext), File("WORKDIR /app\nCOPY [|.|] .\nADD --chown=app [|./|] /srv/"));
        RuleTest.Passes(RuleIds.CopyWholeContext, On(RuleIds.CopyWholeContext), File("WORKDIR /app\nCOPY package.json package-lock.json ./\nCOPY src/ ./src/\nCOPY --from=build /out/. /app/"));
    }
}

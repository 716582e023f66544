using RedFire.Lint.Rules;
using RedFire.Lint.Tests.Infrastructure;
using Xunit;

namespace RedFire.Lint.Tests.Dockerfile;

public class RunRuleTests
{
    private static (string, string) File(string body) => ("Dockerfile", "FROM debian:12\n" + body + "\nUSER app\n");

    [Fact]
    public void Apt_get_without_yes_is_reported_at_the_command() =>
        RuleTest.Flags(RuleIds.AptGetWithoutYes, File("RUN apt-get update && [|apt-get install --no-install-recommends curl|]\nONBUILD RUN [|apt-get install x|]\nRUN [[|\"sudo\", \"apt-get\", \"-q\", \"install\", \"curl\"|]]"));

    [Fact]
    public void Apt_get_with_yes_forms_passes() =>
        RuleTest.Passes(RuleIds.AptGetWithoutYes, File("RUN apt-get -y install a && apt-get install -qy b && apt-get --yes install c && apt-get -qq install d && apt-get update\n" +
            "RUN if apt-get install -s \"postgresql-16-jit\" > /dev/null 2>&1; then apt-get install -y postgresql-16-jit; fi"));

    [Fact]
    public void Apt_get_without_no_install_recommends_is_reported() =>
        RuleTest.Flags(RuleIds.AptGetWithoutNoInstallRecommends, File("RUN [|apt-get install -y curl|]"));

    [Fact]
    public void Apt_get_with_no_install_recommends_passes() =>
        RuleTest.Passes(RuleIds.AptGetWithoutNoInstallRecommends, File("RUN apt-get install -y --no-install-recommends curl"));

    [Fact]
    public void Apt_lists_kept_in_final_image_are_reported() =>
        RuleTest.Flags(RuleIds.AptListsNotRemoved, File("RUN apt-get update && [|apt-get install -y curl|]"));

    [Fact]
    public void Apt_lists_removed_cached_or_in_builder_stage_pass()
    {
        RuleTest.Passes(RuleIds.AptListsNotRemoved, File("RUN apt-get update && apt-get install -y curl \\\n && rm -rf /var/lib/apt/lists/*"));
        RuleTest.Passes(RuleIds.AptListsNotRemoved, File("RUN --mount=type=cache,target=/var/lib/apt/lists apt-get update && apt-get install -y curl"));
        RuleTest.Passes(RuleIds.AptListsNotRemoved, ("Dockerfile", "FROM debian:12 AS build\nRUN apt-get update && apt-get install -y gcc\nFROM debian:12\n"));
    }

    [Fact]
    public void Apt_is_reported_at_its_name() =>
        RuleTest.Flags(RuleIds.AptInsteadOfAptGet, File("RUN [|apt|] update && [|apt|] install -y curl"));

    [Fact]
    public void Apt_get_and_apt_cache_pass() =>
        RuleTest.Passes(RuleIds.AptInsteadOfAptGet, File("RUN apt-get update && apt-cache policy curl && echo apt"));

    [Fact]
    public void Unpinned_apt_packages_are_reported_each() =>
        RuleTest.Flags(RuleIds.AptGetUnpinnedPackages, File("RUN apt-get install -y --no-install-recommends [|curl|] git=1:2.39 [|ca-certificates|]"));

    [Fact]
    public void Pinned_apt_packages_pass() =>
        RuleTest.Passes(RuleIds.AptGetUnpinnedPackages, File("RUN apt-get install -y -t bookworm-backports curl=7.88 ./local.deb ${PKG}"));

    [Fact]
    public void Sudo_is_reported() =>
        RuleTest.Flags(RuleIds.SudoInRun, File("RUN [|sudo|] apt-get install -y x"));

    [Fact]
    public void No_sudo_passes() =>
        RuleTest.Passes(RuleIds.SudoInRun, File("RUN echo sudo && gosu app true"));

    [Fact]
    public void Cd_in_run_is_reported() =>
        RuleTest.Flags(RuleIds.CdInRun, File("RUN [|cd|] /tmp && make"));

    [Fact]
    public void Workdir_cd_dash_and_cmd_cd_pass() =>
        RuleTest.Passes(RuleIds.CdInRun, File("WORKDIR /tmp\nRUN make && cd -\nCMD cd /srv && ./run"));

    [Fact]
    public void Curl_piped_to_shell_is_reported() =>
        RuleTest.Flags(RuleIds.CurlPipedToShell, File("RUN [|curl -fsSL https://get.example.com | sh|] && [|wget -qO- https://x.io/i.sh | sudo bash|]"));

    [Fact]
    public void Curl_to_file_or_to_tar_passes() =>
        RuleTest.Passes(RuleIds.CurlPipedToShell, File("RUN curl -fsSLo /tmp/i.sh https://x.io/i.sh && curl -fsSL https://x.io/a.tgz | tar xz"));

    [Fact]
    public void Pip_without_no_cache_dir_is_reported() =>
        RuleTest.Flags(RuleIds.PipInstallKeepsCache, File("RUN [|pip install -r requirements.txt|] && [|python3 -m pip install flask==3.0|]"));

    [Fact]
    public void Pip_with_no_cache_dir_env_or_cache_mount_passes()
    {
        RuleTest.Passes(RuleIds.PipInstallKeepsCache, File("RUN pip install --no-cache-dir -r requirements.txt"));
        RuleTest.Passes(RuleIds.PipInstallKeepsCache, File("ENV PIP_NO_CACHE_DIR=1\nRUN pip install flask"));
        RuleTest.Passes(RuleIds.PipInstallKeepsCache, File("RUN --mount=type=cache,target=/root/.cache/pip pip install flask"));
    }

    [Fact]
    public void Unpinned_pip_npm_gem_apk_packages_are_reported()
    {
        RuleTest.Flags(RuleIds.PipUnpinnedPackages, File("RUN pip install --no-cache-dir [|flask|] requests==2.32 'uvicorn>=0.30'"));
        RuleTest.Flags(RuleIds.NpmUnpinnedPackages, File("RUN npm install -g [|typescript|] eslint@9.1.0 [|@types/node|]"));
        RuleTest.Flags(RuleIds.GemUnpinnedPackages, File("RUN gem install [|rails|] bundler:2.5.10"));
        RuleTest.Flags(RuleIds.ApkUnpinnedPackages, File("RUN apk add --no-cache --virtual .deps [|curl|] git=2.45.2-r0 bash~5"));
    }

    [Fact]
    public void Pinned_pip_npm_gem_apk_packages_pass()
    {
        RuleTest.Passes(RuleIds.PipUnpinnedPackages, File("RUN pip install --no-cache-dir -r requirements.txt && pip install ./dist/app.whl ."));
        RuleTest.Passes(RuleIds.NpmUnpinnedPackages, File("RUN npm install && npm ci && npm install @scope/pkg@1.2.3"));
        RuleTest.Passes(RuleIds.GemUnpinnedPackages, File("RUN gem install rails -v 7.1.3"));
        RuleTest.Passes(RuleIds.ApkUnpinnedPackages, File("RUN apk add --no-cache curl=8.5.0-r0 ${EXTRA}"));
    }

    [Fact]
    public void Apk_add_without_no_cache_is_reported() =>
        RuleTest.Flags(RuleIds.ApkAddWithoutNoCache, ("Dockerfile", "FROM alpine:3.20\nRUN apk update && [|apk add curl|]\n"));

    [Fact]
    public void Apk_add_with_no_cache_or_cache_removed_passes() =>
        RuleTest.Passes(RuleIds.ApkAddWithoutNoCache, ("Dockerfile", "FROM alpine:3.20\nRUN apk add --no-cache curl\nRUN apk add git && rm -rf /var/cache/apk/*\n"));

    [Fact]
    public void Rpm_installs_without_yes_are_reported() =>
        RuleTest.Flags(RuleIds.RpmInstallWithoutYes, ("Dockerfile", "FROM fedora:40\nRUN [|dnf install httpd|] && [|yum install git|] && [|zypper install vim|]\n"));

    [Fact]
    public void Rpm_installs_with_yes_pass() =>
        RuleTest.Passes(RuleIds.RpmInstallWithoutYes, ("Dockerfile", "FROM fedora:40\nRUN dnf install -y httpd && yum -y install git && zypper --non-interactive install vim && microdnf install -y x && pacman -Syu --noconfirm\n"));

    [Fact]
    public void Rpm_cache_not_cleaned_is_reported() =>
        RuleTest.Flags(RuleIds.RpmCacheNotCleaned, ("Dockerfile", "FROM fedora:40\nRUN [|dnf install -y httpd|]\nRUN [|zypper install -y vim|]\n"));

    [Fact]
    public void Rpm_cache_cleaned_passes() =>
        RuleTest.Passes(RuleIds.RpmCacheNotCleaned, ("Dockerfile", "FROM fedora:40\nRUN dnf install -y httpd && dnf clean all\nRUN yum install -y git && rm -rf /var/cache/yum\nRUN zypper install -y vim && zypper clean\n"));

    [Fact]
    public void World_writable_modes_are_reported() =>
        RuleTest.Flags(RuleIds.WorldWritableChmod, File("RUN chmod -R [|777|] /app && chmod [|o+w|] /data\nCOPY [|--chmod=666|] a /a"));

    [Fact]
    public void Restricted_modes_pass() =>
        RuleTest.Passes(RuleIds.WorldWritableChmod, File("RUN chmod 755 /app && chmod u+x run.sh\nCOPY --chmod=644 a /a"));

    [Fact]
    public void Useradd_with_high_uid_without_l_is_reported() =>
        RuleTest.Flags(RuleIds.UseraddHighUidWithoutNoLogInit, File("RUN [|useradd -u 1000000 app|]"));

    [Fact]
    public void Useradd_with_l_or_low_uid_passes() =>
        RuleTest.Passes(RuleIds.UseraddHighUidWithoutNoLogInit, File("RUN useradd -l -u 1000000 app && useradd -u 1000 other"));

    [Fact]
    public void Update_alone_is_reported() =>
        RuleTest.Flags(RuleIds.PackageUpdateAlone, File("RUN apt-get update\nRUN [|apt-get install -y x|]\nRUN pacman -Syu --noconfirm\nRUN [|pacman -S --noconfirm nginx|]"));

    [Fact]
    public void Update_with_install_passes() =>
        RuleTest.Passes(RuleIds.PackageUpdateAlone, File("RUN apt-get update && apt-get install -y x\nRUN apk update && apk add y\nRUN apt-get update\nRUN pacman -Syu --noconfirm && pacman -S --noconfirm nginx\nRUN pacman -Sy\nRUN pacman -Syu --noconfirm git"));

    [Fact]
    public void Disabled_verification_is_reported() =>
        RuleTest.Flags(RuleIds.TlsVerificationDisabled, File("RUN curl [|-k|] https://x && wget [|--no-check-certificate|] https://y && pip install [|--trusted-host|] pypi.local x\nENV [|NODE_TLS_REJECT_UNAUTHORIZED=0|]"));

    [Fact]
    public void Disabled_verification_is_reported_in_bundled_options_and_with_a_value() =>
        RuleTest.Flags(RuleIds.TlsVerificationDisabled, File("RUN curl [|-fsSLk|] https://x\nRUN pip install [|--trusted-host=pypi.local|] x\nRUN pip install --trusted-hosts-file x"));

    [Fact]
    public void Verified_downloads_pass() =>
        RuleTest.Passes(RuleIds.TlsVerificationDisabled, File("RUN curl -fsSL https://x && wget -q https://y\nENV NODE_TLS_REJECT_UNAUTHORIZED=1"));

    [Fact]
    public void Heredoc_scripts_are_checked_as_shell() =>
        RuleTest.Flags(RuleIds.SudoInRun, File("RUN <<EOF\nset -e\n[|sudo|] make install\nEOF"));

    [Fact]
    public void Pipe_without_pipefail_is_reported() =>
        RuleTest.Flags(RuleIds.PipeWithoutPipefail, File("RUN [|curl -fsSL https://x/a.tgz \\\n  | tar xz -C /opt|]"));

    [Fact]
    public void Pipefail_shell_or_set_passes()
    {
        RuleTest.Passes(RuleIds.PipeWithoutPipefail, File("SHELL [\"/bin/bash\", \"-o\", \"pipefail\", \"-c\"]\nRUN curl -fsSL https://x | tar xz"));
        RuleTest.Passes(RuleIds.PipeWithoutPipefail, File("RUN set -euo pipefail; curl -fsSL https://x | tar xz\nRUN [\"sh\", \"-c\", \"a | b\"]"));
    }
}

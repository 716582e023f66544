using RedFire.Lint.Rules;
using RedFire.Lint.Tests.Infrastructure;
using Xunit;

namespace RedFire.Lint.Tests.Dockerfile;

public class LockfileAndKeyRuleTests
{
    [Fact]
    public void Npm_install_after_a_copied_lockfile_is_reported_at_the_subcommand()
    {
        RuleTest.Flags(RuleIds.NpmInstallWithLockfile, ("Dockerfile",
            "FROM node:20-slim\nWORKDIR /app\nCOPY package.json package-lock.json ./\nRUN npm [|install|] --no-audit\n"));
        RuleTest.Flags(RuleIds.NpmInstallWithLockfile, ("Dockerfile",
            "FROM node:20-slim AS deps\nCOPY package*.json ./\nFROM deps\nRUN npm config set fund false && npm [|i|]\n"));
    }

    [Fact]
    public void Npm_ci_a_named_package_no_lockfile_or_a_lockfile_copied_later_pass()
    {
        RuleTest.Passes(RuleIds.NpmInstallWithLockfile, ("Dockerfile",
            "FROM node:20-slim\nCOPY package.json package-lock.json ./\nRUN npm ci && npm install -g pm2@5.3.1 && npm install left-pad@1.3.0\n"));
        RuleTest.Passes(RuleIds.NpmInstallWithLockfile, ("Dockerfile", "FROM node:20-slim\nCOPY package.json ./\nRUN npm install\n"));
        RuleTest.Passes(RuleIds.NpmInstallWithLockfile, ("Dockerfile", "FROM node:20-slim\nRUN npm install\nCOPY package-lock.json ./\n"));
        RuleTest.Passes(RuleIds.NpmInstallWithLockfile, ("Dockerfile",
            "FROM node:20-slim AS build\nCOPY package-lock.json ./\nFROM node:20-slim\nCOPY --from=build /app/package-lock.json ./\nRUN npm install\n"));
    }

    [Fact]
    public void Npm_install_after_copying_a_context_that_holds_the_lockfile_is_reported()
    {
        RuleTest.Flags(RuleIds.NpmInstallWithLockfile,
            ("web/package.json", "{}\n"), ("web/package-lock.json", "{}\n"),
            ("web/Dockerfile", "FROM node:20-slim\nWORKDIR /app\nCOPY . .\nRUN npm [|install|]\n"));
        RuleTest.Flags(RuleIds.NpmInstallWithLockfile,
            ("compose.yaml", "services:\n  web:\n    build:\n      context: .\n      dockerfile: docker/Dockerfile\n"),
            ("npm-shrinkwrap.json", "{}\n"),
            ("docker/Dockerfile", "FROM node:20-slim AS deps\nCOPY ./ /app/\nFROM deps\nRUN npm [|i|] --no-audit\n"));
    }

    [Fact]
    public void A_context_lockfile_that_is_ignored_or_named_by_a_copy_is_not_reported_twice()
    {
        RuleTest.Passes(RuleIds.NpmInstallWithLockfile,
            ("a/package-lock.json", "{}\n"), ("a/.dockerignore", "package-lock.json\n"),
            ("a/Dockerfile", "FROM node:20-slim\nCOPY . .\nRUN npm install\n"));
        RuleTest.Passes(RuleIds.NpmInstallWithLockfile,
            ("b/package.json", "{}\n"), ("b/Dockerfile", "FROM node:20-slim\nCOPY . .\nRUN npm install\n"));
        RuleTest.Passes(RuleIds.NpmInstallWithLockfile,
            ("c/package-lock.json", "{}\n"), ("c/Dockerfile", "FROM node:20-slim\nRUN npm install\nCOPY . .\n"));
        RuleTest.Flags(RuleIds.NpmInstallWithLockfile,
            ("d/package-lock.json", "{}\n"), ("d/Dockerfile", "FROM node:20-slim\nCOPY package*.json ./\nCOPY . .\nRUN npm [|install|]\n"));
    }

    [Fact]
    public void Apt_key_add_and_adv_are_reported_at_the_command() =>
        RuleTest.Flags(RuleIds.AptKeyDeprecated, ("Dockerfile",
            "FROM debian:12-slim\nRUN curl -fsSL https://example.com/key.gpg | [|apt-key add -|]\nRUN [|apt-key adv --keyserver keyserver.ubuntu.com --recv-keys 0x1234|]\n"));

    [Fact]
    public void Keyrings_with_signed_by_and_apt_key_list_pass() =>
        RuleTest.Passes(RuleIds.AptKeyDeprecated, ("Dockerfile",
            "FROM debian:12-slim\nRUN curl -fsSL https://example.com/key.gpg | gpg --dearmor -o /etc/apt/keyrings/x.gpg && apt-key list && echo apt-key add\n"));
}

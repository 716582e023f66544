using RedFire.Lint.Rules;
using RedFire.Lint.Tests.Infrastructure;
using Xunit;

namespace RedFire.Lint.Tests.Deployment;

public class BuildContextRuleTests
{
    [Fact]
    public void Whole_context_copy_of_a_compose_context_with_git_and_secrets_is_reported_at_the_dot()
    {
        var found = RuleTest.Flags(RuleIds.ContextWithoutDockerignore,
            ("compose.yaml", "services:\n  web:\n    build:\n      context: ./web\n"),
            ("web/.git/HEAD", "ref: refs/heads/main\n"),
            ("web/.env", "APP_MODE=production\n"),
            ("web/tls.pem", "not a key\n"),
            ("web/.env.example", "APP_MODE=\n"),
            ("web/Dockerfile", "FROM node:20-slim\nWORKDIR /app\nCOPY package.json ./\nCOPY [|.|] .\nUSER node\n"));
        Assert.Contains(".git, .env and tls.pem", found[0].Message);
        Assert.DoesNotContain(".env.example", found[0].Message);
    }

    [Fact]
    public void A_dockerfile_no_compose_file_builds_is_checked_against_its_own_folder() =>
        RuleTest.Flags(RuleIds.ContextWithoutDockerignore,
            ("svc/node_modules/left-pad/index.js", "module.exports = 1;\n"),
            ("svc/Dockerfile", "FROM node:20-slim AS build\nADD [|./|] /src\nFROM node:20-slim\nCOPY --from=build /src /app\n"));

    [Fact]
    public void A_dockerignore_a_dockerfile_dockerignore_a_clean_context_or_no_whole_copy_pass()
    {
        RuleTest.Passes(RuleIds.ContextWithoutDockerignore,
            ("a/.git/HEAD", "x\n"), ("a/.dockerignore", ".git\n"), ("a/Dockerfile", "FROM alpine:3.20\nCOPY . /app\n"));
        RuleTest.Passes(RuleIds.ContextWithoutDockerignore,
            ("b/.env", "A=1\n"), ("b/Dockerfile.dockerignore", ".env\n"), ("b/Dockerfile", "FROM alpine:3.20\nCOPY . /app\n"));
        RuleTest.Passes(RuleIds.ContextWithoutDockerignore,
            ("c/.env.sample", "A=\n"), ("c/main.go", "package main\n"), ("c/Dockerfile", "FROM alpine:3.20\nCOPY . /app\n"));
        RuleTest.Passes(RuleIds.ContextWithoutDockerignore,
            ("d/.git/HEAD", "x\n"), ("d/app.py", "print()\n"), ("d/Dockerfile", "FROM python:3.12-slim\nCOPY app.py /app/\nCOPY --from=base . /x\n"));
    }

    [Fact]
    public void The_compose_context_is_used_instead_of_the_dockerfile_folder() =>
        RuleTest.Passes(RuleIds.ContextWithoutDockerignore,
            ("compose.yaml", "services:\n  api:\n    build:\n      context: .\n      dockerfile: docker/Dockerfile\n"),
            (".dockerignore", ".git\n.env\n"),
            (".env", "A=1\n"),
            ("docker/.env", "B=2\n"),
            ("docker/Dockerfile", "FROM alpine:3.20\nCOPY . /app\n"));
}

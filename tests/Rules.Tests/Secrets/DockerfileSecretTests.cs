using RedFire.Lint.Rules;
using Xunit;
using static RedFire.Lint.Tests.Infrastructure.RuleTest;

namespace RedFire.Lint.Tests.Secrets;

public class DockerfileSecretTests
{
    [Fact]
    public void Flags_hard_coded_ENV_ARG_and_LABEL_values()
    {
        var diagnostics = Flags(RuleIds.HardCodedSecretSetting, ("services/user-trading/Dockerfile",
            "ARG PIP_INDEX_PASSWORD=[|idx-pass-2024|]\n" +
            "FROM python:3.11-slim\n" +
            "ENV DB_USER=redfire \\\n    DB_PASSWORD=\"[|pg-pass-2024|]\"\n" +
            "ENV JWT_SECRET_KEY [|jwt-key-legacy-form|]\n" +
            "LABEL com.redfire.deploy-token=[|t0ken-in-a-label|]\n"));
        Assert.Contains(diagnostics, d => d.Message == "ENV DB_PASSWORD holds a hard-coded secret (pg…[12 chars]) instead of a reference to a value supplied at deploy time."
            && d.Help.StartsWith("Values of ENV are stored in the image"));
    }

    [Fact]
    public void Passes_references_file_references_and_other_names() =>
        Passes(RuleIds.HardCodedSecretSetting, ("Dockerfile",
            "FROM python:3.11-slim\n" +
            "ARG DB_PASSWORD\n" +
            "ENV DB_PASSWORD=$DB_PASSWORD DB_PASSWORD_FILE=/run/secrets/db_password SERVICE_NAME=user_trading\n" +
            "ENV PYTHONUNBUFFERED=1 AUTH_MODULE=jwt\n" +
            "LABEL maintainer=\"RedFire Team\"\n"));

    [Fact]
    public void Flags_credentials_in_RUN_HEALTHCHECK_and_heredocs()
    {
        Flags(RuleIds.CredentialsInUrlOrCommand, ("Dockerfile",
            "FROM python:3.11-slim\n" +
            "RUN git clone https://[|Zq8vN3xW7kLp2Rt5Yb9c|]@github.com/redfire/strategies.git /opt/strategies\n" +
            "RUN apt-get update && \\\n    curl -fsSL -u deploy:[|d3ploy-pass|] https://artifacts/x.tgz -o /tmp/x.tgz\n" +
            "RUN echo [|regi5try-pass|] | docker login -u ci --password-stdin registry.example.com\n" +
            "RUN <<EOF\nmysql -uroot -p[|r00t-pass|] -e 'select 1'\nEOF\n" +
            "HEALTHCHECK CMD curl -f http://monitor:[|m0n-pass|]@localhost:8005/health || exit 1\n"));
    }

    [Fact]
    public void Passes_commands_that_read_secret_mounts() =>
        Passes(RuleIds.CredentialsInUrlOrCommand, ("Dockerfile",
            "FROM python:3.11-slim\n" +
            "RUN --mount=type=secret,id=github_token git clone https://$(cat /run/secrets/github_token)@github.com/redfire/strategies.git\n" +
            "RUN --mount=type=secret,id=registry cat /run/secrets/registry | docker login -u ci --password-stdin registry.example.com\n" +
            "HEALTHCHECK CMD curl -f http://localhost:8005/health || exit 1\n"));

    [Fact]
    public void Flags_secret_named_ARG_and_ENV_whatever_supplies_the_value()
    {
        var diagnostics = Flags(RuleIds.SecretInArgOrEnv, ("Dockerfile",
            "FROM python:3.11-slim\n" +
            "ARG [|GITHUB_TOKEN|]\n" +
            "ARG [|PIP_INDEX_PASSWORD|]=changeme\n" +
            "ENV [|DB_PASSWORD|]=${DB_PASSWORD}\n" +
            "ENV API_KEY=hard-coded-k3y-value\n"));
        Assert.Contains(diagnostics, d => d.Message.StartsWith("ARG GITHUB_TOKEN passes a secret through the image, where a build secret or a run-time value is expected: build arguments are recorded in the image history")
            && d.Help.StartsWith("Use RUN --mount=type=secret,id=github_token"));
    }

    [Fact]
    public void Passes_other_names_empty_ENV_and_honours_buildkit_and_hadolint_suppressions()
    {
        Passes(RuleIds.SecretInArgOrEnv, ("Dockerfile",
            "FROM python:3.11-slim\n" +
            "ARG PASSWORD_FILE=/run/secrets/db\n" +
            "ARG AUTH_MODULE_VERSION=2\n" +
            "ARG PUBLIC_KEY\n" +
            "ENV TOKEN_URL=https://auth/token DB_PASSWORD=\n" +
            "# hadolint ignore=DL3064\n" +
            "ARG SENTRY_AUTH_TOKEN\n"));
        Passes(RuleIds.SecretInArgOrEnv, ("build/Dockerfile",
            "# check=skip=SecretsUsedInArgOrEnv\n" +
            "FROM node:20-alpine\n" +
            "ARG NPM_TOKEN\n"));
    }
}

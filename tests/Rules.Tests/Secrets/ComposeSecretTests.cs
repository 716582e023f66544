using System.Linq;
using RedFire.Lint.Rules;
using Xunit;
using static RedFire.Lint.Tests.Infrastructure.RuleTest;

namespace RedFire.Lint.Tests.Secrets;

public class ComposeSecretTests
{
    [Fact]
    public void Flags_literal_secrets_in_environment_labels_build_args_and_x_fields()
    {
        var diagnostics = Flags(RuleIds.HardCodedSecretSetting, ("deploy/docker-compose.yml",
            "x-api-token: [|t0ken-for-the-api|]\n" +
            "services:\n" +
            "  postgres:\n" +
            "    image: postgres:15-alpine\n" +
            "    environment:\n" +
            "      POSTGRES_USER: redfire\n" +
            "      POSTGRES_PASSWORD: \"[|pg-pass-2024|]\"\n" +
            "  user-trading:\n" +
            "    build:\n" +
            "      context: .\n" +
            "      args:\n" +
            "        - PIP_INDEX_PASSWORD=[|idx-pass-2024|]\n" +
            "    labels:\n" +
            "      com.redfire.api-key: [|k3y-in-a-label|]\n" +
            "    environment:\n" +
            "      - JWT_SECRET_KEY=[|jwt-key-in-a-list|]\n" +
            "      - DB_PASSWORD=${DB_PASSWORD:-[|default-pass|]}\n"));
        Assert.Contains(diagnostics, d => d.Message == "Environment of service 'postgres': POSTGRES_PASSWORD holds a hard-coded secret (pg…[12 chars]) instead of a reference to a value supplied at deploy time."
            && d.Help.StartsWith("Take it from the environment instead (${POSTGRES_PASSWORD:?POSTGRES_PASSWORD is required}"));
    }

    [Fact]
    public void A_value_shared_through_an_anchor_is_reported_once()
    {
        Flags(RuleIds.HardCodedSecretSetting, ("docker-compose.yml",
            "x-env: &env\n  API_TOKEN: [|t0ken-shared-by-anchor|]\n" +
            "services:\n  a:\n    image: alpine\n    environment: *env\n  b:\n    image: alpine\n    environment:\n      <<: *env\n"));
    }

    [Fact]
    public void Passes_references_secrets_files_and_placeholders() =>
        Passes(RuleIds.HardCodedSecretSetting, ("docker-compose.yml",
            "services:\n" +
            "  postgres:\n" +
            "    image: postgres:15-alpine\n" +
            "    environment:\n" +
            "      POSTGRES_USER: ${DB_USER}\n" +
            "      POSTGRES_PASSWORD: ${DB_PASSWORD:?set DB_PASSWORD}\n" +
            "      POSTGRES_PASSWORD_FILE: /run/secrets/db_password\n" +
            "      PGADMIN_PASSWORD: changeme\n" +
            "      AUTH_METHOD: scram-sha-256\n" +
            "    secrets: [db_password]\n" +
            "secrets:\n" +
            "  db_password:\n" +
            "    file: ./secrets/db_password.txt\n"));

    [Fact]
    public void Flags_URL_passwords_and_command_line_credentials()
    {
        Flags(RuleIds.CredentialsInUrlOrCommand, ("docker-compose.yml",
            "services:\n" +
            "  redis:\n" +
            "    image: redis:7-alpine\n" +
            "    command: redis-server --appendonly yes --requirepass [|r3dis-pass-2024|]\n" +
            "    healthcheck:\n" +
            "      test: [\"CMD\", \"redis-cli\", \"-a\", \"[|r3dis-pass-2024|]\", \"ping\"]\n" +
            "  vnpy-core:\n" +
            "    image: redfire/vnpy-core:1.0\n" +
            "    environment:\n" +
            "      - DATABASE_URL=postgresql://redfire:[|pg-pass-2024|]@postgres:5432/redfire\n" +
            "    entrypoint: [\"sh\", \"-c\", \"curl -u ops:[|0ps-pass|] http://monitor:8005/register && exec uvicorn main:app\"]\n"));
    }

    [Fact]
    public void Passes_URLs_and_commands_that_use_variables() =>
        Passes(RuleIds.CredentialsInUrlOrCommand, ("docker-compose.yml",
            "services:\n" +
            "  redis:\n" +
            "    image: redis:7-alpine\n" +
            "    command: redis-server --appendonly yes --requirepass ${REDIS_PASSWORD:?required}\n" +
            "    healthcheck:\n" +
            "      test: [\"CMD-SHELL\", \"redis-cli -a \\\"$$REDIS_PASSWORD\\\" ping\"]\n" +
            "  vnpy-core:\n" +
            "    image: redfire/vnpy-core:1.0\n" +
            "    environment:\n" +
            "      - DATABASE_URL=postgresql://${DB_USER}:${DB_PASSWORD:?required}@postgres:5432/redfire\n" +
            "      - SERVICE_REGISTRY_URL=http://consul:8500\n"));

    [Fact]
    public void Flags_secret_variables_that_may_be_unset()
    {
        var diagnostics = Flags(RuleIds.OptionalSecretVariable, ("docker-compose.yml",
            "services:\n" +
            "  postgres:\n" +
            "    image: postgres:15-alpine\n" +
            "    environment:\n" +
            "      POSTGRES_USER: ${DB_USER}\n" +
            "      POSTGRES_PASSWORD: [|${DB_PASSWORD}|]\n" +
            "  redis:\n" +
            "    image: redis:7-alpine\n" +
            "    command: redis-server --requirepass [|${REDIS_PASSWORD}|]\n" +
            "  app:\n" +
            "    image: redfire/app:1.0\n" +
            "    environment:\n" +
            "      - DATABASE_URL=postgresql://${DB_USER}:[|${DB_PASSWORD}|]@postgres:5432/redfire\n" +
            "      - JWT_SECRET_KEY=[|${JWT_KEY:-}|]\n" +
            "      - INFLUX_TOKEN=${INFLUX_TOKEN:-changeme}\n"));
        var postgres = Assert.Single(diagnostics, d => d.Location.Line == 6);
        Assert.Equal("Environment of service 'postgres': POSTGRES_PASSWORD takes the secret from DB_PASSWORD with no ':?', so when DB_PASSWORD is unset Compose substitutes an empty string and the service starts with an empty secret.", postgres.Message);
        Assert.Equal("Write ${DB_PASSWORD:?DB_PASSWORD is required} so that the deployment stops instead.", postgres.Help);
    }

    [Fact]
    public void Flags_secrets_with_weak_defaults_and_not_as_hard_coded()
    {
        const string compose =
            "services:\n" +
            "  db:\n" +
            "    image: postgres:16.3\n" +
            "    environment:\n" +
            "      POSTGRES_PASSWORD: [|${DB_PASSWORD:-postgres}|]\n" +
            "  keystore:\n" +
            "    image: example/keystore:2.4\n" +
            "    environment:\n" +
            "      - KEYSTORE_PASSWORD=[|${KEYSTORE_PASSWORD:-changeit}|]\n" +
            "      - PIN_SECRET=[|${PIN_SECRET:-123}|]\n" +
            "      - SIGNING_SECRET=${SIGNING_SECRET:-Zq8vR2mK7wX4pL9t}\n" +
            "      - LOG_LEVEL=${LOG_LEVEL:-info}\n";
        var diagnostics = Flags(RuleIds.WeakDefaultSecret, ("docker-compose.yml", compose));
        Assert.Equal("Environment of service 'db': POSTGRES_PASSWORD falls back to the weak default po…[8 chars] when DB_PASSWORD is unset, so a deployment that forgets it starts with a guessable secret.",
            diagnostics.Single(d => d.Location.Line == 5).Message);
        var hardCoded = RedFire.Lint.Tests.Infrastructure.RuleTest.Lint(("docker-compose.yml", Infrastructure.Markup.Parse(compose).Text)).Diagnostics.Where(d => d.RuleId == RuleIds.HardCodedSecretSetting);
        Assert.Equal([11], hardCoded.Select(d => d.Location.Line));
        Passes(RuleIds.OptionalSecretVariable, ("docker-compose.yml", Infrastructure.Markup.Parse(compose).Text));
    }

    [Fact]
    public void Passes_strong_or_required_secrets() =>
        Passes(RuleIds.WeakDefaultSecret, ("docker-compose.yml",
            "services:\n" +
            "  db:\n" +
            "    image: postgres:16.3\n" +
            "    environment:\n" +
            "      POSTGRES_PASSWORD: ${DB_PASSWORD:?DB_PASSWORD is required}\n" +
            "      POSTGRES_DB: ${DB_NAME:-shop}\n"));

    [Fact]
    public void Passes_required_secret_variables_and_variables_that_are_not_secrets() =>
        Passes(RuleIds.OptionalSecretVariable, ("docker-compose.yml",
            "services:\n" +
            "  postgres:\n" +
            "    image: postgres:15-alpine\n" +
            "    environment:\n" +
            "      POSTGRES_USER: ${DB_USER}\n" +
            "      POSTGRES_DB: ${DB_NAME:-redfire}\n" +
            "      POSTGRES_PASSWORD: ${DB_PASSWORD:?DB_PASSWORD is required}\n" +
            "      ENVIRONMENT: ${ENVIRONMENT:-production}\n"));

    [Fact]
    public void Passes_obvious_placeholders_in_secret_settings() =>
        Passes(RuleIds.HardCodedSecretSetting,
            (".env", "PAYPAL_SECRET=PAYPAL_SECRET\nSTRIPE_API_KEY=stripe-api-key\nJWT_SECRET=replace-me-with-64-random-characters\nDB_PASSWORD=change_me_please\nSMTP_PASSWORD=<smtp password>\nADMIN_TOKEN=xxxxxxxxxxxx\n"),
            ("docker-compose.yml", "services:\n  api:\n    image: example/api:1.0\n    environment:\n      SESSION_SECRET: changeme\n"));

    [Fact]
    public void Flags_a_real_value_next_to_placeholders() =>
        Flags(RuleIds.HardCodedSecretSetting,
            (".env", "PAYPAL_SECRET=PAYPAL_SECRET\nDB_PASSWORD=[|Vn3kq8Lr2tWz|]\n"));
}

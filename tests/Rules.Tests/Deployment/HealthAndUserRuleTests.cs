using RedFire.Lint.Rules;
using RedFire.Lint.Tests.Infrastructure;
using Xunit;

namespace RedFire.Lint.Tests.Deployment;

/// <summary>RF4010-RF4014: effective user and health checks across compose and the images services build.</summary>
public class HealthAndUserRuleTests
{
    private const string NonRootImage = """
        FROM python:3.11-slim AS base
        RUN useradd app
        USER app
        HEALTHCHECK CMD ["python", "-c", "print()"]
        FROM base AS debug
        USER root
        FROM base AS service
        CMD ["python", "main.py"]
        """;

    [Fact]
    public void Root_from_compose_user_or_from_an_earlier_target_stage_is_flagged()
    {
        RuleTest.Flags(RuleIds.ServiceRunsAsRoot,
            ("app/Dockerfile", NonRootImage),
            ("docker-compose.yml", """
                services:
                  api:
                    build: ./app
                    user: [|"0:0"|]
                  debug:
                    build:
                      context: ./app
                      target: [|debug|]
                  worker:
                    image: redfire/worker:1.0
                    user: [|root|]
                """));
    }

    [Fact]
    public void Non_root_users_and_privilege_dropping_images_pass()
    {
        RuleTest.Passes(RuleIds.ServiceRunsAsRoot,
            ("app/Dockerfile", NonRootImage),
            ("docker-compose.yml", """
                services:
                  api:
                    build: ./app
                  service:
                    build: { context: ./app, target: service }
                  postgres:
                    image: postgres:15-alpine
                    user: root
                  cache:
                    image: redis:7-alpine
                """));
    }

    [Fact]
    public void Long_running_services_without_any_health_check_are_flagged()
    {
        RuleTest.Flags(RuleIds.HealthCheckMissing,
            ("app/Dockerfile", "FROM python:3.11-slim\nUSER app\nCMD [\"python\", \"main.py\"]\n"),
            ("docker-compose.yml", """
                services:
                  [|influxdb|]:
                    image: influxdb:2.7-alpine
                  [|api|]:
                    build: ./app
                  migrate:
                    image: redfire/migrate:1.0
                  seed:
                    image: redfire/seed:1.0
                    restart: "no"
                  worker:
                    image: redfire/worker:1.0
                    depends_on:
                      migrate:
                        condition: service_completed_successfully
                    healthcheck:
                      test: ["CMD", "python", "-c", "print()"]
                """));
    }

    [Fact]
    public void Health_checks_from_compose_or_the_built_stage_pass()
    {
        RuleTest.Passes(RuleIds.HealthCheckMissing,
            ("app/Dockerfile", NonRootImage),
            ("docker-compose.yml", """
                services:
                  api:
                    build: { context: ./app, target: service }
                  mongodb:
                    image: mongo:7.0
                    healthcheck:
                      test: ["CMD", "mongosh", "--quiet", "--eval", "db.adminCommand('ping')"]
                  missing:
                    build: ./nowhere
                """));
    }

    [Fact]
    public void Waiting_for_health_of_a_service_without_an_enabled_check_is_flagged()
    {
        RuleTest.Flags(RuleIds.HealthyDependencyWithoutHealthCheck,
            ("influx/Dockerfile", "FROM influxdb:2.7-alpine\n"),
            ("docker-compose.yml", """
                services:
                  api:
                    image: redfire/api:1.0
                    depends_on:
                      influxdb:
                        condition: [|service_healthy|]
                      redis:
                        condition: [|service_healthy|]
                      postgres:
                        condition: service_healthy
                  influxdb:
                    build: ./influx
                  redis:
                    image: redis:7-alpine
                    healthcheck:
                      disable: true
                  unbound:
                    image: example/unbound:1.25
                  worker:
                    image: redfire/worker:1.0
                    depends_on:
                      unbound:
                        condition: service_healthy
                  postgres:
                    image: postgres:15-alpine
                    healthcheck:
                      test: ["CMD-SHELL", "pg_isready"]
                """));
    }

    [Fact]
    public void Waiting_for_a_built_image_with_a_healthcheck_passes()
    {
        RuleTest.Passes(RuleIds.HealthyDependencyWithoutHealthCheck,
            ("app/Dockerfile", NonRootImage),
            ("docker-compose.yml", """
                services:
                  api:
                    build: { context: ./app, target: service }
                  web:
                    image: redfire/web:1.0
                    depends_on:
                      api:
                        condition: service_healthy
                      influxdb:
                        condition: service_started
                  influxdb:
                    image: influxdb:2.7-alpine
                """));
    }

    [Fact]
    public void Curl_in_a_slim_image_that_never_installs_it_is_flagged()
    {
        RuleTest.Flags(RuleIds.HealthCheckToolMissing,
            ("app/Dockerfile", """
                FROM python:3.11-slim
                USER 1000
                HEALTHCHECK CMD [|curl|] -f http://localhost:8006/health || exit 1
                CMD ["python", "main.py"]
                """),
            ("docker-compose.yml", """
                services:
                  api:
                    build: ./app
                  cache:
                    image: redis:7-alpine
                    healthcheck:
                      test: ["CMD", [|"curl"|], "-f", "http://localhost:6379"]
                """));
    }

    [Fact]
    public void Tools_that_are_installed_or_shipped_pass()
    {
        RuleTest.Passes(RuleIds.HealthCheckToolMissing,
            ("app/Dockerfile", """
                FROM python:3.11-slim
                RUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/*
                HEALTHCHECK CMD curl -f http://localhost:8006/health || exit 1
                CMD ["python", "main.py"]
                """),
            ("docker-compose.yml", """
                services:
                  api:
                    build: ./app
                  gateway:
                    image: nginx:1.27-alpine
                    healthcheck:
                      test: ["CMD", "wget", "-q", "--spider", "http://127.0.0.1/"]
                  other:
                    image: redfire/other:1.0
                    healthcheck:
                      test: ["CMD", "curl", "-f", "http://localhost/"]
                """));
    }

    [Fact]
    public void Tool_copied_from_another_stage_is_present()
    {
        RuleTest.Passes(RuleIds.HealthCheckToolMissing,
            ("app/Dockerfile", """
                FROM debian:bookworm-slim AS tools
                RUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/*
                FROM python:3.12-slim
                COPY --from=tools /usr /usr
                HEALTHCHECK CMD curl -f http://localhost:8000/health || exit 1
                CMD ["python", "main.py"]
                """),
            ("docker-compose.yml", "services:\n  api:\n    build: ./app\n"));
        RuleTest.Flags(RuleIds.HealthCheckToolMissing,
            ("app/Dockerfile", """
                FROM debian:bookworm-slim AS tools
                FROM python:3.12-slim
                COPY --from=tools /usr/share/zoneinfo /usr/share/zoneinfo
                HEALTHCHECK CMD [|curl|] -f http://localhost:8000/health || exit 1
                CMD ["python", "main.py"]
                """),
            ("docker-compose.yml", "services:\n  api:\n    build: ./app\n"));
    }

    [Fact]
    public void Redis_cli_without_a_password_against_requirepass_is_flagged()
    {
        RuleTest.Flags(RuleIds.HealthCheckWithoutAuthentication,
            ("docker-compose.yml", """
                services:
                  redis:
                    image: redis:7-alpine
                    command: redis-server --appendonly yes --requirepass ${REDIS_PASSWORD:?set it}
                    healthcheck:
                      test: ["CMD", [|"redis-cli"|], "--raw", "incr", "ping"]
                """));
    }

    [Fact]
    public void Redis_cli_with_rediscli_auth_or_a_password_option_passes()
    {
        RuleTest.Passes(RuleIds.HealthCheckWithoutAuthentication,
            ("docker-compose.yml", """
                services:
                  redis:
                    image: redis:7-alpine
                    command: ["redis-server", "--requirepass", "${REDIS_PASSWORD:?set it}"]
                    environment:
                      REDISCLI_AUTH: ${REDIS_PASSWORD:?set it}
                    healthcheck:
                      test: ["CMD", "redis-cli", "ping"]
                  cache:
                    image: redis:7-alpine
                    command: redis-server --requirepass ${CACHE_PASSWORD:?set it}
                    healthcheck:
                      test: ["CMD-SHELL", "redis-cli -a \"$$CACHE_PASSWORD\" ping"]
                  open:
                    image: redis:7-alpine
                    healthcheck:
                      test: ["CMD", "redis-cli", "ping"]
                """));
    }
}

using RedFire.Lint.Rules;
using RedFire.Lint.Tests.Infrastructure;
using Xunit;

namespace RedFire.Lint.Tests.Deployment;

/// <summary>RF4040, RF4041, RF4043: what a deployment names must exist.</summary>
public class ReferenceRuleTests
{
    private const string MultiStage = """
        FROM python:3.11-slim AS base
        USER 1000
        FROM base AS vnpy-core-service
        CMD ["python", "main.py"]
        """;

    [Fact]
    public void Missing_context_dockerfile_and_target_are_flagged_with_the_file_meant()
    {
        var diagnostics = RuleTest.Flags(RuleIds.BuildReferenceMissing,
            ("deployment/docker/docker-compose.yml", """
                services:
                  vnpy-core:
                    build:
                      context: ../../backend
                      dockerfile: [|deployment/docker/services/vnpy-core/Dockerfile|]
                      target: vnpy-core-service
                  strategy-data:
                    build:
                      context: ../../backend
                      dockerfile: [|deployment/docker/services/strategy-data/Dockerfile|]
                  monitor:
                    build:
                      context: [|../../monitor|]
                  user-trading:
                    build:
                      context: ../../backend
                      dockerfile: ../deployment/docker/services/base/Dockerfile
                      target: [|user-trading-service|]
                """),
            ("backend/main.py", "print()\n"),
            ("deployment/docker/services/base/Dockerfile", MultiStage),
            ("deployment/docker/services/strategy-data/Dockerfile", "FROM python:3.11-slim\nUSER 1000\n"));

        Assert.Equal("The target stage 'vnpy-core-service' is defined in services/base/Dockerfile: point dockerfile at that file, relative to the context.", diagnostics[0].Help);
        Assert.StartsWith("A file exists at services/strategy-data/Dockerfile", diagnostics[1].Help);
    }

    [Fact]
    public void A_target_stage_is_looked_for_in_the_project_not_in_another_repository_of_the_run()
    {
        // Two checkouts linted at once: analytics builds target 'dev' from a Dockerfile that is not in the tree,
        // and the voting app's own Dockerfile happens to have a 'dev' stage too.
        var result = RuleTest.Lint(
            ("analytics/docker-compose.yml", """
                x-build: &build
                  context: .
                  target: dev
                services:
                  web:
                    build: *build
                """),
            ("analytics/superset/app.py", "print()\n"),
            ("voting/vote/Dockerfile", """
                FROM python:3.11-slim AS base
                WORKDIR /usr/local/app
                COPY requirements.txt ./requirements.txt
                FROM base AS dev
                COPY . .
                CMD ["python", "app.py"]
                """),
            ("voting/vote/requirements.txt", "flask\n"));

        Assert.DoesNotContain(result.Diagnostics, d => d.RuleId == RuleIds.CopySourceMissing);
        var missing = Assert.Single(result.Diagnostics, d => d.RuleId == RuleIds.BuildReferenceMissing);
        Assert.Equal("analytics/docker-compose.yml", missing.Location.File);
        Assert.DoesNotContain("voting", missing.Message + missing.Help);
    }

    [Fact]
    public void A_missing_copy_source_is_reported_once_whatever_the_number_of_projects_that_build_it() =>
        // compose.yaml alone, with compose.debug.yaml and with compose.tls.yaml: three projects, one Dockerfile.
        RuleTest.Flags(RuleIds.CopySourceMissing,
            ("compose.yaml", "services:\n  api:\n    build: ./api\n"),
            ("compose.debug.yaml", "services:\n  api:\n    environment: [LOG_LEVEL=debug]\n"),
            ("compose.tls.yaml", "services:\n  api:\n    ports: [\"8443:8443\"]\n"),
            ("api/Dockerfile", "FROM node:20-alpine\nCOPY [|package.json|] ./\n"));

    [Fact]
    public void Resolving_builds_pass()
    {
        RuleTest.Passes(RuleIds.BuildReferenceMissing,
            ("deployment/docker/docker-compose.yml", """
                services:
                  vnpy-core:
                    build:
                      context: ../../backend
                      dockerfile: ../deployment/docker/services/base/Dockerfile
                      target: vnpy-core-service
                  plain:
                    build: ../../backend
                  inline:
                    build:
                      context: .
                      dockerfile_inline: "FROM alpine:3.20"
                """),
            ("backend/Dockerfile", "FROM python:3.11-slim\nUSER 1000\n"),
            ("deployment/docker/services/base/Dockerfile", MultiStage));
    }

    [Fact]
    public void Copy_sources_missing_from_the_context_or_ignored_are_flagged()
    {
        RuleTest.Flags(RuleIds.CopySourceMissing,
            ("docker-compose.yml", """
                services:
                  api:
                    build:
                      context: ./backend
                      target: service
                """),
            ("backend/.dockerignore", "**/*.pyc\nsecrets/\n!secrets/README.md\n"),
            ("backend/requirements.txt", "fastapi\n"),
            ("backend/services/api/main.py", "print()\n"),
            ("backend/secrets/token.txt", "x\n"),
            ("backend/Dockerfile", """
                FROM python:3.11-slim AS base
                COPY requirements.txt [|requirements-dev.txt|] ./
                FROM base AS service
                COPY ./services/api/ ./
                COPY secrets/token.txt /run/
                COPY --from=base /etc/hosts /tmp/
                COPY requirements*.txt [|docs/*.md|] /docs/
                USER 1000
                """));
    }

    [Fact]
    public void Ignored_copy_sources_are_flagged_here_when_the_context_is_not_the_dockerfiles_directory()
    {
        // With the Dockerfile's own directory as context, the exclusion is RF1072's finding (the test above).
        var files = new[]
        {
            ("docker-compose.yml", "services:\n  api:\n    build:\n      context: ./backend\n      dockerfile: ../docker/api.Dockerfile\n"),
            ("backend/.dockerignore", "secrets/\n"),
            ("backend/secrets/token.txt", "x\n"),
            ("docker/api.Dockerfile", "FROM python:3.11-slim\nCOPY [|secrets/token.txt|] /run/\nUSER 1000\n"),
        };
        RuleTest.Flags(RuleIds.CopySourceMissing, files);
    }

    [Fact]
    public void Copy_sources_present_in_the_context_pass()
    {
        RuleTest.Passes(RuleIds.CopySourceMissing,
            ("docker-compose.yml", "services:\n  api:\n    build: ./backend\n"),
            ("backend/.dockerignore", "secrets/\n!secrets/README.md\n"),
            ("backend/requirements.txt", "fastapi\n"),
            ("backend/secrets/README.md", "how to provide secrets\n"),
            ("backend/Dockerfile", """
                FROM python:3.11-slim
                COPY requirements.txt secrets/README.md ./
                COPY . /app
                ADD https://example.com/file.tgz /tmp/
                USER 1000
                """));
    }

    [Fact]
    public void A_missing_mount_in_an_anchor_many_services_merge_is_one_finding()
    {
        RuleTest.Flags(RuleIds.BindMountSourceMissing,
            ("docker-compose.yml", """
                x-worker: &worker
                  image: shop/worker:3.2
                  volumes:
                    - "[|./geoip|]:/geoip:ro"
                services:
                  orders-consumer:
                    <<: *worker
                  billing-consumer:
                    <<: *worker
                  relay:
                    image: shop/relay:3.2
                    volumes:
                      - "[|./geoip|]:/geoip:ro"
                """));
    }

    [Fact]
    public void Missing_bind_mount_sources_are_flagged()
    {
        var found = RuleTest.Flags(RuleIds.BindMountSourceMissing,
            ("deploy/docker-compose.yml", """
                services:
                  postgres:
                    image: postgres:15-alpine
                    volumes:
                      - postgres_data:/var/lib/postgresql/data
                      - [|./init-scripts|]:/docker-entrypoint-initdb.d:ro
                  api-gateway:
                    image: nginx:1.27-alpine
                    volumes:
                      - ./nginx/nginx.conf:/etc/nginx/nginx.conf:ro
                      - [|./nginx/ssl|]:/etc/nginx/ssl:ro
                volumes:
                  postgres_data: {}
                """),
            ("deploy/nginx/nginx.conf", "events {}\nhttp {}\n"));
        Assert.Equal("Service postgres mounts ./init-scripts at /docker-entrypoint-initdb.d, but ./init-scripts does not exist beside this compose file, so Docker creates an empty directory and the container starts without those files.", found[0].Message);
    }

    [Fact]
    public void A_missing_source_in_an_override_names_the_file_it_resolves_beside()
    {
        var found = RuleTest.Flags(RuleIds.BindMountSourceMissing,
            ("compose.yaml", "services:\n  web:\n    image: nginx:1.27-alpine\n"),
            ("compose.override.yaml", "services:\n  web:\n    volumes:\n      - [|./site|]:/usr/share/nginx/html:ro\n"));
        Assert.Contains("does not exist beside compose.yaml,", found[0].Message);
    }

    [Fact]
    public void Paths_made_of_required_variables_unset_at_lint_time_are_not_checked()
    {
        const string compose = """
            services:
              api:
                image: example/api:4.0
                build:
                  context: ${API_SOURCE_DIR:?set API_SOURCE_DIR to the checkout}
              proxy:
                image: nginx:1.27-alpine
                volumes:
                  - ./certs/${CERT_NAME:?set CERT_NAME}:/etc/nginx/certs/site:ro
            """;
        RuleTest.Passes(RuleIds.BuildReferenceMissing, ("docker-compose.yml", compose));
        RuleTest.Passes(RuleIds.BindMountSourceMissing, ("docker-compose.yml", compose));
    }

    [Fact]
    public void Missing_data_directories_are_created_by_docker_and_pass()
    {
        RuleTest.Passes(RuleIds.BindMountSourceMissing,
            ("docker-compose.yml", """
                services:
                  db:
                    image: postgres:16.3
                    volumes:
                      - ./volumes/db:/var/lib/postgresql/data
                  cache:
                    image: redis:7.2-alpine
                    volumes: ["./redis-data:/data"]
                  app:
                    image: example/app:5.1
                    volumes: ["./logs:/app/logs", "./uploads:/srv/app/uploads"]
                """));
        RuleTest.Flags(RuleIds.BindMountSourceMissing,
            ("docker-compose.yml", """
                services:
                  db:
                    image: postgres:16.3
                    volumes:
                      - [|./initdb.sql|]:/docker-entrypoint-initdb.d/init.sql:ro
                      - [|./conf/postgresql.conf|]:/var/lib/postgresql/data/postgresql.conf
                """));
    }

    [Fact]
    public void Existing_bind_mount_sources_pass()
    {
        RuleTest.Passes(RuleIds.BindMountSourceMissing,
            ("deploy/docker-compose.yml", """
                services:
                  postgres:
                    image: postgres:15-alpine
                    volumes:
                      - ./init-scripts:/docker-entrypoint-initdb.d:ro
                      - ${HOME}/data:/data
                      - /var/run/docker.sock:/var/run/docker.sock:ro
                """),
            ("deploy/init-scripts/01.sql", "select 1;\n"));
    }

    [Fact]
    public void Missing_required_env_files_are_flagged()
    {
        RuleTest.Flags(RuleIds.EnvFileMissing,
            ("deploy/docker-compose.yml", """
                services:
                  api:
                    image: redfire/api:1.0
                    env_file:
                      - [|.env.production|]
                      - common.env
                      - path: [|./local.env|]
                """),
            ("deploy/common.env", "LOG_LEVEL=info\n"));
    }

    [Fact]
    public void Existing_or_optional_env_files_pass()
    {
        RuleTest.Passes(RuleIds.EnvFileMissing,
            ("deploy/docker-compose.yml", """
                services:
                  api:
                    image: redfire/api:1.0
                    env_file:
                      - common.env
                      - path: .env.production
                        required: false
                """),
            ("deploy/common.env", "LOG_LEVEL=info\n"));
    }

    [Fact]
    public void An_env_file_whose_example_the_checkout_ships_is_created_at_setup()
    {
        RuleTest.Flags(RuleIds.EnvFileMissing,
            ("docker/docker-compose.yml", """
                services:
                  server:
                    image: shop/server:4.1
                    env_file:
                      - .env
                      - smtp.env
                      - [|prod.env|]
                """),
            ("docker/example.env", "UPLOAD_LOCATION=./library\n"),
            ("docker/smtp.env.sample", "SMTP_HOST=mail.example.org\n"),
            ("docker/prod.env.bak", "LOG_LEVEL=warn\n"));
    }
}

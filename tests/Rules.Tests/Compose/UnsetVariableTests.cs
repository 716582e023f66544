using RedFire.Lint.Rules;
using RedFire.Lint.Tests.Infrastructure;
using Xunit;

namespace RedFire.Lint.Tests.Compose;

/// <summary>RF2001 on checkouts as they are committed: no .env, an example to copy, included files, optional variables.</summary>
public class UnsetVariableTests
{
    [Fact]
    public void Without_a_dotenv_the_example_the_setup_copies_defines_the_variables()
    {
        RuleTest.Flags(RuleIds.UnsetVariable,
            ("deploy/compose.yaml", "services:\n  shop:\n    image: shop/web:${SHOP_TAG}\n    ports: [\"${SHOP_PORT}:8080\"]\n    user: \"[|${SHOP_UID}|]\"\n"),
            ("deploy/.env.example", "# cp .env.example .env\nSHOP_TAG=2.3.1\nSHOP_PORT=8080\n"));
    }

    [Fact]
    public void A_committed_dotenv_wins_over_the_example()
    {
        RuleTest.Flags(RuleIds.UnsetVariable,
            ("compose.yaml", "services:\n  shop:\n    image: shop/web:[|${SHOP_TAG}|]\n"),
            (".env", "SHOP_PORT=8080\n"),
            ("env.example", "SHOP_TAG=2.3.1\n"));
    }

    [Fact]
    public void An_included_file_sees_the_including_projects_variables()
    {
        RuleTest.Passes(RuleIds.UnsetVariable,
            ("compose.yaml", "include:\n  - path: cache/compose.yml\n    project_directory: .\n    env_file: cache/defaults.env\n"),
            ("cache/compose.yml", "services:\n  cache:\n    image: valkey/valkey:${CACHE_VERSION}\n    volumes: [\"${DATA_PATH_HOST}/cache:/data\"]\n"),
            ("cache/defaults.env", "CACHE_VERSION=8.0\n"),
            (".env.example", "DATA_PATH_HOST=~/.shop/data\n"));
    }

    [Fact]
    public void A_variable_the_env_file_shows_only_in_a_comment_is_optional()
    {
        RuleTest.Flags(RuleIds.UnsetVariable,
            ("compose.yaml", "services:\n  api:\n    image: shop/api:1.0\n    environment:\n      - AppInsightsKey=${INSIGHTS_KEY}\n      - BusUser=${BUS_USER}\n      - Orchestrator=[|${ORCHESTRATOR}|]\n"),
            (".env", "# Uncomment to send telemetry:\n#INSIGHTS_KEY=<your key>\n# export BUS_USER=<user>\nTAG=1\n"));
    }

    [Fact]
    public void One_finding_per_variable_and_project_at_its_first_use()
    {
        RuleTest.Flags(RuleIds.UnsetVariable,
            ("compose.yaml", "services:\n  api:\n    image: shop/api:1.0\n    environment:\n      - Orchestrator=[|${ORCHESTRATOR}|]\n  worker:\n    image: shop/worker:1.0\n    environment:\n      - Orchestrator=${ORCHESTRATOR}\n"),
            ("compose.override.yaml", "services:\n  worker:\n    environment:\n      - Mode=${ORCHESTRATOR}\n"));
    }

    [Fact]
    public void Variables_an_env_file_compose_was_not_given_defines_are_one_finding()
    {
        RuleTest.Flags(RuleIds.UnsetVariable,
            ("devenv/docker-compose.yml", "services:\n  main:\n    image: shop/devenv:1.0\n    ports: [\"[|${HTTP_PORT}|]:80\", \"${HTTPS_PORT}:443\"]\n    user: \"[|${CURRENT_USER_ID}|]\"\n"),
            ("devenv/defaults.env", "HTTP_PORT=3449\nHTTPS_PORT=3443\n"));
    }

    [Fact]
    public void A_volume_source_the_example_leaves_to_the_user_is_not_an_undefined_volume()
    {
        RuleTest.Flags(RuleIds.ComposeLoad,
            ("docker/docker-compose.yml", "services:\n  server:\n    image: shop/server:4.1\n    volumes:\n      - ${UPLOAD_LOCATION}:/data\n      - [|thumbs|]:/thumbs\n      - model-cache:/cache\nvolumes:\n  model-cache:\n"),
            ("docker/example.env", "# The location where your uploaded files are stored\nUPLOAD_LOCATION=where_you_want_to_store_uploads\n"));
    }
}

using System.Linq;
using RedFire.Lint.Compose;
using RedFire.Lint.Engine;
using RedFire.Lint.Policy;
using RedFire.Lint.Rules;
using RedFire.Lint.Tests.Infrastructure;
using Xunit;

namespace RedFire.Lint.Tests.Compose;

/// <summary>Which files make one project: Compose's own rules first, then overlays joined to the project they complete.</summary>
public class ComposeProjectSetTests
{
    private static string[][] FileSets(LintResult result) =>
        result.Models.Get<ComposeProject>().Select(p => p.Files.Select(f => f.Path).ToArray()).OrderBy(f => f[0]).ToArray();

    [Fact]
    public void Included_file_uses_the_networks_and_volumes_of_the_including_file()
    {
        var result = RuleTest.Lint(
            ("compose.yml", "networks:\n  backend: {}\nvolumes:\n  search: {}\ninclude:\n  - path: search/compose.yml\n    project_directory: .\n"),
            ("search/compose.yml", "services:\n  search:\n    image: opensearchproject/opensearch:2.13.0\n    volumes: [search:/usr/share/opensearch/data]\n    networks: [backend]\n"));
        Assert.DoesNotContain(result.Diagnostics, d => d.RuleId is RuleIds.ComposeLoad or RuleIds.ComposeProjectIncomplete);
        Assert.Equal([["compose.yml", "search/compose.yml"]], FileSets(result));
    }

    [Fact]
    public void A_file_two_projects_include_is_interpolated_with_each_projects_variables()
    {
        // The file is parsed once for both projects: interpolating it for one must leave the other's values alone.
        var result = RuleTest.Lint(
            ("common/web.yaml", "services:\n  web:\n    image: \"shop/web:${TAG}\"\n"),
            ("shop/.env", "TAG=1.4\n"),
            ("shop/compose.yaml", "include:\n  - ../common/web.yaml\n"),
            ("staging/.env", "TAG=2.0-rc1\n"),
            ("staging/compose.yaml", "include:\n  - ../common/web.yaml\n"));
        var images = result.Models.Get<ComposeProject>()
            .Select(p => (Project: p.Files[0].Path, Image: p.Services.Single().Image?.Value))
            .OrderBy(p => p.Project, System.StringComparer.Ordinal)
            .ToArray();
        Assert.Equal([("shop/compose.yaml", "shop/web:1.4"), ("staging/compose.yaml", "shop/web:2.0-rc1")], images);
    }

    [Fact]
    public void Compose_file_in_env_names_the_project_with_its_separator()
    {
        var result = RuleTest.Lint(
            (".env", "COMPOSE_PATH_SEPARATOR=;\nCOMPOSE_FILE=compose.yaml;compose.workers.yaml\n"),
            ("compose.yaml", "services:\n  api:\n    image: shop/api:3.2\n"),
            ("compose.workers.yaml", "services:\n  mailer:\n    image: shop/mailer:3.2\n    depends_on: [api]\n"),
            ("compose.debug.yaml", "services:\n  api:\n    environment: [LOG_LEVEL=debug]\n"));
        var sets = FileSets(result);
        Assert.Contains(["compose.yaml", "compose.workers.yaml"], sets);
        Assert.DoesNotContain(sets, s => s.SequenceEqual(["compose.workers.yaml"]));
        Assert.DoesNotContain(result.Diagnostics, d => d.RuleId is RuleIds.ComposeLoad or RuleIds.ComposeProjectIncomplete);
    }

    [Fact]
    public void Only_the_first_override_file_is_read_with_the_default_file()
    {
        var result = RuleTest.Lint(
            ("compose.yaml", "services:\n  api:\n    image: shop/api:3.2\n"),
            ("compose.override.yaml", "services:\n  api:\n    ports: [\"8080:80\"]\n"),
            ("docker-compose.override.yml", "services:\n  api:\n    ports: [\"9090:80\"]\n"));
        Assert.Contains(["compose.yaml", "compose.override.yaml"], FileSets(result));
    }

    [Fact]
    public void Overlay_without_images_is_linted_with_the_project_above_it_and_never_alone()
    {
        var result = RuleTest.Lint(
            ("compose.yaml", "services:\n  chat:\n    image: example/chat:9.1\n    healthcheck:\n      test: [\"CMD\", \"/healthcheck\"]\n"),
            ("ci/self-signed/compose.yaml", "services:\n  chat:\n    environment:\n      CERTIFICATES: self-signed\n"));
        var sets = FileSets(result);
        Assert.Contains(["compose.yaml", "ci/self-signed/compose.yaml"], sets);
        Assert.DoesNotContain(sets, s => s.SequenceEqual(["ci/self-signed/compose.yaml"]));
        Assert.DoesNotContain(result.Diagnostics, d => d.RuleId is RuleIds.ComposeLoad or RuleIds.ComposeProjectIncomplete or RuleIds.HealthCheckMissing);
    }

    [Fact]
    public void File_that_depends_on_services_of_the_default_file_is_its_overlay()
    {
        var result = RuleTest.Lint(
            ("docker-compose.yml", "services:\n  db:\n    image: postgres:16.3\n"),
            ("docker-compose.s3.yml", "services:\n  storage:\n    image: example/storage:1.4\n    depends_on: [db]\n"));
        Assert.Contains(["docker-compose.yml", "docker-compose.s3.yml"], FileSets(result));
        Assert.DoesNotContain(result.Diagnostics, d => d.RuleId is RuleIds.ComposeLoad or RuleIds.ComposeProjectIncomplete);
    }

    [Fact]
    public void File_whose_services_only_set_build_args_overlays_the_default_file()
    {
        var result = RuleTest.Lint(
            ("docker-compose.yml", "services:\n  web:\n    image: shop/web:2.0\n    build:\n      context: web\n"),
            ("web/Dockerfile", "FROM nginx:1.27-alpine\n"),
            ("docker-compose.windows.yml", "services:\n  web:\n    build:\n      args:\n        NODE_IMAGE: example/node-windows:20\n"));
        Assert.Equal([["docker-compose.yml"], ["docker-compose.yml", "docker-compose.windows.yml"]], FileSets(result));
        Assert.DoesNotContain(result.Diagnostics, d => d.RuleId == RuleIds.BuildReferenceMissing);
    }

    [Fact]
    public void Override_template_without_a_default_file_beside_it_overrides_the_project_above()
    {
        var result = RuleTest.Lint(
            ("docker-compose.yml", "services:\n  watchdog:\n    image: example/watchdog:1.2\n"),
            ("data/watchdog/Dockerfile", "FROM alpine:3.20\n"),
            ("helper-scripts/overrides/BUILD/docker-compose.override.yml", "services:\n  watchdog:\n    image: example/watchdog:dev\n    build: ./data/watchdog\n"));
        Assert.Contains(["docker-compose.yml", "helper-scripts/overrides/BUILD/docker-compose.override.yml"], FileSets(result));
        Assert.DoesNotContain(result.Diagnostics, d => d.RuleId == RuleIds.BuildReferenceMissing);
    }

    [Fact]
    public void Override_template_that_adds_a_service_on_the_project_network_overrides_the_project_above()
    {
        var result = RuleTest.Lint(
            ("docker-compose.yml", "services:\n  postfix:\n    image: example/postfix:1.8\n    networks: [mail-network]\nnetworks:\n  mail-network: {}\n"),
            ("helper-scripts/overrides/EXPORTER/docker-compose.override.yml",
                "services:\n  exporter:\n    image: example/exporter:2\n    networks:\n      mail-network:\n        aliases: [exporter]\n"));
        Assert.Equal([["docker-compose.yml"], ["docker-compose.yml", "helper-scripts/overrides/EXPORTER/docker-compose.override.yml"]], FileSets(result));
        Assert.DoesNotContain(result.Diagnostics, d => d.RuleId is RuleIds.ComposeLoad or RuleIds.ComposeProjectIncomplete);
    }

    [Fact]
    public void Overlay_that_uses_services_of_two_files_joins_the_project_they_make_together()
    {
        var result = RuleTest.Lint(
            ("compose.yaml", "services:\n  frontend:\n    image: demo/frontend:2.0\n  otel-collector:\n    image: otel/opentelemetry-collector-contrib:0.110.0\n"),
            ("compose.observability.yaml", "services:\n  jaeger:\n    image: jaegertracing/all-in-one:1.60\n  otel-collector:\n    depends_on: [jaeger]\n"),
            ("compose.agent.yaml", "services:\n  agent:\n    image: demo/agent:2.0\n    depends_on: [frontend, jaeger]\n"));
        Assert.Contains(["compose.yaml", "compose.observability.yaml", "compose.agent.yaml"], FileSets(result));
        Assert.DoesNotContain(FileSets(result), s => s.SequenceEqual(["compose.agent.yaml"]));
        Assert.DoesNotContain(result.Diagnostics, d => d.RuleId is RuleIds.ComposeLoad or RuleIds.ComposeProjectIncomplete);
    }

    [Fact]
    public void Overlay_named_as_a_files_override_completes_that_file_not_the_default_one()
    {
        var result = RuleTest.Lint(
            ("docker-compose.yml", "services:\n  netbox:\n    image: example/netbox:4.1\n"),
            ("docker-compose.test.yml", "services:\n  netbox:\n    image: example/netbox:4.1\n    env_file: env/netbox.env\n"),
            ("env/netbox.env", "DB_HOST=postgres\n"),
            ("docker-compose.test.override.yml", "services:\n  netbox:\n    ports: [\"127.0.0.1:8000:8080\"]\n"));
        Assert.Equal([["docker-compose.test.yml", "docker-compose.test.override.yml"], ["docker-compose.yml"]], FileSets(result));
    }

    [Fact]
    public void Default_file_that_uses_networks_of_a_sibling_file_is_linted_with_it()
    {
        var result = RuleTest.Lint(
            ("docker-compose.yml", "services:\n  basket:\n    image: shop/basket:2.0\n    networks: [shopnet]\n"),
            ("docker-compose.infrastructure.yml", "networks:\n  shopnet: {}\nservices:\n  rabbitmq:\n    image: rabbitmq:3.13-management\n    networks: [shopnet]\n"));
        Assert.Equal([["docker-compose.infrastructure.yml", "docker-compose.yml"]], FileSets(result));
        Assert.DoesNotContain(result.Diagnostics, d => d.RuleId is RuleIds.ComposeLoad or RuleIds.ComposeProjectIncomplete);
    }

    [Fact]
    public void Unknown_project_with_undefined_references_is_reported_once_as_info()
    {
        var diagnostics = RuleTest.Flags(RuleIds.ComposeProjectIncomplete,
            ("deploy/compose.monitoring.yml", "services:\n  exporter:\n    image: example/exporter:2\n    depends_on: [[|mail|], web]\n    networks: [mailnet]\n"));
        Assert.Equal(Findings.Severity.Info, diagnostics.Single().Severity);
        Assert.Equal("This compose project lacks services mail, web; network mailnet; they must come from files Compose is given with it, which the linter does not know.",
            diagnostics.Single().Message);
        RuleTest.Passes(RuleIds.ComposeLoad, ("deploy/compose.monitoring.yml", "services:\n  exporter:\n    image: example/exporter:2\n    depends_on: [mail, web]\n    networks: [mailnet]\n"));
    }

    [Fact]
    public void Default_file_missing_a_kind_it_never_declares_is_incomplete_but_a_typo_is_an_error()
    {
        RuleTest.Flags(RuleIds.ComposeProjectIncomplete,
            ("compose.yaml", "services:\n  db:\n    image: postgres:16.3\n    secrets: [[|db_password|]]\n  web:\n    image: example/web:1\n    secrets: [db_password]\n"));
        RuleTest.Flags(RuleIds.ComposeLoad,
            ("compose.yaml", "services:\n  db:\n    image: postgres:16.3\n    networks: [[|backnd|]]\nnetworks:\n  backend: {}\n"));
    }

    [Fact]
    public void Projects_setting_names_the_file_set_and_makes_what_it_lacks_an_error()
    {
        var configuration = new LintConfiguration
        {
            Policy = LintPolicy.Default with { ComposeProjects = [[InMemoryFileSystem.FullPath("base.yml"), InMemoryFileSystem.FullPath("prod.yml")]] },
        };
        var result = RuleTest.Lint(configuration,
            ("base.yml", "services:\n  api:\n    image: shop/api:3.2\n"),
            ("prod.yml", "services:\n  api:\n    depends_on: [cache]\n"));
        Assert.Equal([["base.yml", "prod.yml"]], FileSets(result));
        var error = Assert.Single(result.Diagnostics, d => d.RuleId == RuleIds.ComposeLoad);
        Assert.Equal("Service 'api' depends on 'cache', which the project does not define (services: api).", error.Message);
    }

    [Fact]
    public void Complete_file_is_not_incomplete() =>
        RuleTest.Passes(RuleIds.ComposeProjectIncomplete,
            ("deploy/compose.monitoring.yml", "services:\n  exporter:\n    image: example/exporter:2\n    depends_on: [mail]\n  mail:\n    image: example/mail:1\n"));

    [Fact]
    public void Included_service_redefined_is_flagged_at_the_local_definition()
    {
        RuleTest.Flags(RuleIds.IncludedServiceRedefined,
            ("compose.yaml", "include:\n  - otel/compose.yaml\nservices:\n  [|collector|]:\n    ports: [\"4317:4317\"]\n"),
            ("otel/compose.yaml", "services:\n  collector:\n    image: otel/opentelemetry-collector-contrib:0.104.0\n"));
        RuleTest.Passes(RuleIds.IncludedServiceRedefined,
            ("compose.yaml", "include:\n  - otel/compose.yaml\nservices:\n  api:\n    image: shop/api:3.2\n"),
            ("otel/compose.yaml", "services:\n  collector:\n    image: otel/opentelemetry-collector-contrib:0.104.0\n"));
    }

    [Fact]
    public void Service_defined_locally_and_in_an_included_file_is_merged_with_the_local_one_winning()
    {
        var result = RuleTest.Lint(
            ("compose.yaml", "include:\n  - otel/compose.yaml\nservices:\n  collector:\n    ports: [\"4317:4317\"]\n"),
            ("otel/compose.yaml", "services:\n  collector:\n    image: otel/opentelemetry-collector-contrib:0.104.0\n    ports: [\"8888:8888\"]\n"));
        var finding = Assert.Single(result.Diagnostics, d => d.RuleId == RuleIds.IncludedServiceRedefined);
        Assert.Equal((4, 3), (finding.Location.Line, finding.Location.Column));
        var collector = Assert.Single(result.Models.Get<ComposeProject>()).FindService("collector")!;
        Assert.Equal("otel/opentelemetry-collector-contrib:0.104.0", collector.Image!.Value);
        Assert.Equal(["8888", "4317"], collector.Ports.Select(p => p.Published!.Value));
        Assert.DoesNotContain(result.Diagnostics, d => d.RuleId == RuleIds.ComposeLoad);
    }
}

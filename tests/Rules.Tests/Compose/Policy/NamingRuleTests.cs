using System.Collections.Generic;
using Newtonsoft.Json.Linq;
using RedFire.Lint.Policy;
using RedFire.Lint.Rules;
using RedFire.Lint.Tests.Infrastructure;
using Xunit;

namespace RedFire.Lint.Tests.Compose.Policy;

/// <summary>RF2064-RF2067, RF2070, RF2073: names, images and what services share.</summary>
public class NamingRuleTests
{
    [Fact]
    public void RF2064_second_service_with_the_same_container_name() =>
        RuleTest.Flags(RuleIds.DuplicateContainerName, ("compose.yaml", "services:\n  api:\n    image: a:1\n    container_name: api\n  worker:\n    image: a:1\n    container_name: [|api|]\n"));

    [Fact]
    public void RF2064_container_name_with_replicas() =>
        RuleTest.Flags(RuleIds.DuplicateContainerName, ("compose.yaml", "services:\n  api:\n    image: a:1\n    container_name: [|api|]\n    deploy:\n      replicas: 2\n"));

    [Fact]
    public void RF2064_passes_for_distinct_names_and_disjoint_profiles() =>
        RuleTest.Passes(RuleIds.DuplicateContainerName, ("compose.yaml", """
            services:
              api:
                image: a:1
                container_name: api
              a:
                image: a:1
                profiles: [one]
                container_name: tool
              b:
                image: a:1
                profiles: [two]
                container_name: tool
            """));

    [Fact]
    public void RF2065_names_docker_rejects() =>
        RuleTest.Flags(RuleIds.InvalidContainerName, ("compose.yaml", "services:\n  api:\n    image: a:1\n    container_name: [|\"my api\"|]\n  b:\n    image: a:1\n    container_name: [|b|]\n"));

    [Fact]
    public void RF2065_passes_for_valid_names() =>
        RuleTest.Passes(RuleIds.InvalidContainerName, ("compose.yaml", "services:\n  api:\n    image: a:1\n    container_name: my-api_1.0\n  b:\n    image: a:1\n    container_name: /b2\n"));

    [Fact]
    public void RF2066_build_and_image_without_pull_policy() =>
        RuleTest.Flags(RuleIds.BuildAndImageWithoutPullPolicy, ("compose.yaml", "services:\n  api:\n    build: ./api\n    image: [|registry.example.com/api:1.4|]\n"));

    [Fact]
    public void RF2066_passes_with_pull_policy_or_only_one_of_them() =>
        RuleTest.Passes(RuleIds.BuildAndImageWithoutPullPolicy, ("compose.yaml", "services:\n  api:\n    build: ./api\n    image: api:1.4\n    pull_policy: build\n  web:\n    build: ./web\n  db:\n    image: postgres:15\n"));

    [Fact]
    public void RF2067_missing_and_floating_tags() =>
        RuleTest.Flags(RuleIds.ImageTagNotPinned, ("compose.yaml", """
            services:
              db:
                image: [|postgres|]
              cache:
                image: redis:[|latest|]
              proxy:
                image: registry.example.com:5000/team/proxy:[|edge|]
              app:
                image: [|app:${TAG:-latest}|]
              gateway:
                image: nginx:[|alpine|]
            """));

    [Fact]
    public void RF2067_passes_for_versions_digests_builds_and_unknown_variables() =>
        RuleTest.Passes(RuleIds.ImageTagNotPinned, ("compose.yaml", """
            services:
              db:
                image: postgres:15.10-alpine
              cache:
                image: redis@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef
              registry:
                image: localhost:5000/app:1.2
              redis:
                image: redis:7-alpine
              api:
                build: ./api
                image: api
              dynamic:
                image: ${IMAGE}
            """));

    [Fact]
    public void RF2070_volume_shared_between_services_when_enabled() =>
        RuleTest.Flags(RuleIds.VolumeSharedBetweenServices, PolicyTest.Enabled(RuleIds.VolumeSharedBetweenServices), ("compose.yaml", """
            services:
              api:
                image: a:1
                volumes: ["[|uploads|]:/app/uploads", "./logic:/app"]
              scanner:
                image: b:1
                volumes: ["[|uploads|]:/data:ro", "./bin:/app"]
            volumes:
              uploads:
            """));

    [Fact]
    public void RF2070_passes_for_volumes_of_their_own() =>
        RuleTest.Passes(RuleIds.VolumeSharedBetweenServices, PolicyTest.Enabled(RuleIds.VolumeSharedBetweenServices), ("compose.yaml", """
            services:
              api:
                image: a:1
                volumes: [api_data:/data]
              db:
                image: b:1
                volumes: [db_data:/data]
            volumes:
              api_data:
              db_data:
            """));

    [Fact]
    public void RF2073_service_out_of_order_when_enabled() =>
        RuleTest.Flags(RuleIds.ServicesNotSorted, PolicyTest.Enabled(RuleIds.ServicesNotSorted),
            ("compose.yaml", "services:\n  web:\n    image: a:1\n  [|api|]:\n    image: a:1\n  worker:\n    image: a:1\n"));

    [Fact]
    public void RF2074_dependency_out_of_order_when_enabled() =>
        RuleTest.Flags(RuleIds.DependenciesNotSorted, PolicyTest.Enabled(RuleIds.DependenciesNotSorted), ("compose.yaml", """
            services:
              api:
                image: a:1
                depends_on:
                  redis:
                    condition: service_started
                  [|db|]:
                    condition: service_started
              web:
                image: a:1
                depends_on: [db, [|Cache|]]
              redis:
                image: a:1
              db:
                image: a:1
              Cache:
                image: a:1
            """));

    [Fact]
    public void RF2074_passes_when_sorted() =>
        RuleTest.Passes(RuleIds.DependenciesNotSorted, PolicyTest.Enabled(RuleIds.DependenciesNotSorted),
            ("compose.yaml", "services:\n  web:\n    image: a:1\n    depends_on: [api, db]\n  api:\n    image: a:1\n  db:\n    image: a:1\n"));

    [Fact]
    public void RF2073_passes_when_sorted() =>
        RuleTest.Passes(RuleIds.ServicesNotSorted, PolicyTest.Enabled(RuleIds.ServicesNotSorted),
            ("compose.yaml", "services:\n  api:\n    image: a:1\n  Web:\n    image: a:1\n  worker:\n    image: a:1\n"));

    [Fact]
    public void RF2067_options_replace_the_floating_tags_and_allow_tags_without_a_version()
    {
        var options = new JObject { ["prohibitedTags"] = new JArray("main"), ["requireVersion"] = false };
        var configuration = RuleTest.AllRules with
        {
            Options = new Dictionary<string, RuleOptions> { [RuleIds.ImageTagNotPinned] = new(options) },
        };
        RuleTest.Flags(RuleIds.ImageTagNotPinned, configuration,
            ("compose.yaml", "services:\n  a:\n    image: app:[|main|]\n  b:\n    image: nginx:alpine\n  c:\n    image: redis:latest\n"));
    }
}

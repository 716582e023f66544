using RedFire.Lint.Rules;
using RedFire.Lint.Tests.Infrastructure;
using Xunit;

namespace RedFire.Lint.Tests.Compose.Policy;

/// <summary>RF2056-RF2060: hardening and resource limits, reported where the missing setting belongs.</summary>
public class HardeningRuleTests
{
    [Fact]
    public void RF2056_at_the_service_the_security_opt_list_or_the_false_value() =>
        RuleTest.Flags(RuleIds.NoNewPrivilegesNotSet, ("compose.yaml", """
            services:
              [|api|]:
                image: a:1
              worker:
                image: a:1
                [|security_opt|]:
                  - label:type:svirt_t
              job:
                image: a:1
                security_opt:
                  - [|no-new-privileges:false|]
            """));

    [Fact]
    public void RF2056_passes_in_every_spelling_and_through_an_anchor() =>
        RuleTest.Passes(RuleIds.NoNewPrivilegesNotSet, ("compose.yaml", """
            x-hardening: &hardening
              security_opt:
                - no-new-privileges:true
            services:
              api:
                <<: *hardening
                image: a:1
              worker:
                image: a:1
                security_opt: [no-new-privileges]
              job:
                image: a:1
                security_opt: ["no-new-privileges=true"]
            """));

    [Fact]
    public void RF2057_writable_root_when_enabled() =>
        RuleTest.Flags(RuleIds.WritableRootFilesystem, PolicyTest.Enabled(RuleIds.WritableRootFilesystem),
            ("compose.yaml", "services:\n  [|api|]:\n    image: a:1\n  job:\n    image: a:1\n    read_only: [|false|]\n"));

    [Fact]
    public void RF2057_passes_with_read_only() =>
        RuleTest.Passes(RuleIds.WritableRootFilesystem, PolicyTest.Enabled(RuleIds.WritableRootFilesystem),
            ("compose.yaml", "services:\n  api:\n    image: a:1\n    read_only: true\n"));

    [Fact]
    public void RF2058_where_the_memory_limit_belongs() =>
        RuleTest.Flags(RuleIds.MemoryNotLimited, ("compose.yaml", """
            services:
              [|api|]:
                image: a:1
              worker:
                image: a:1
                deploy:
                  [|resources|]:
                    reservations:
                      memory: 128M
              job:
                image: a:1
                mem_limit: [|0|]
            """));

    [Fact]
    public void RF2058_passes_with_either_spelling_and_without_a_version_key() =>
        RuleTest.Passes(RuleIds.MemoryNotLimited, ("compose.yaml", """
            services:
              api:
                image: a:1
                deploy:
                  resources:
                    limits:
                      memory: 512M
              job:
                image: a:1
                mem_limit: 256m
            """));

    [Fact]
    public void RF2059_at_limits_when_only_memory_is_limited() =>
        RuleTest.Flags(RuleIds.CpusNotLimited, ("compose.yaml", """
            services:
              api:
                image: a:1
                deploy:
                  resources:
                    [|limits|]:
                      memory: 512M
            """));

    [Fact]
    public void RF2059_passes_with_cpus() =>
        RuleTest.Passes(RuleIds.CpusNotLimited, ("compose.yaml", """
            services:
              api:
                image: a:1
                cpus: 0.5
              job:
                image: a:1
                deploy:
                  resources:
                    limits:
                      cpus: "0.25"
            """));

    [Fact]
    public void RF2060_missing_and_unlimited() =>
        RuleTest.Flags(RuleIds.PidsNotLimited, PolicyTest.Enabled(RuleIds.PidsNotLimited), ("compose.yaml", "services:\n  [|api|]:\n    image: a:1\n  job:\n    image: a:1\n    pids_limit: [|-1|]\n"));

    [Fact]
    public void RF2060_passes_with_either_spelling() =>
        RuleTest.Passes(RuleIds.PidsNotLimited, PolicyTest.Enabled(RuleIds.PidsNotLimited), ("compose.yaml", """
            services:
              api:
                image: a:1
                pids_limit: 100
              job:
                image: a:1
                deploy:
                  resources:
                    limits:
                      pids: 50
            """));

    [Fact]
    public void RF2076_health_check_turned_off()
    {
        var found = RuleTest.Flags(RuleIds.HealthCheckDisabled, ("compose.yaml", """
            services:
              api:
                image: a:1
                healthcheck:
                  disable: [|true|]
              worker:
                image: a:1
                healthcheck:
                  test: [[|"NONE"|]]
            """));
        Assert.Equal("Service 'api' turns its health check off (disable: true), so a container that hangs still counts as running.", found[0].Message);
    }

    [Fact]
    public void RF2076_passes_for_a_health_check_or_none() =>
        RuleTest.Passes(RuleIds.HealthCheckDisabled, ("compose.yaml", """
            services:
              api:
                image: a:1
                healthcheck:
                  test: ["CMD", "curl", "-f", "http://localhost"]
                  disable: false
              worker:
                image: a:1
              migrate:
                image: a:1
                healthcheck:
                  disable: true
              web:
                image: a:1
                depends_on:
                  migrate:
                    condition: service_completed_successfully
            """));
}

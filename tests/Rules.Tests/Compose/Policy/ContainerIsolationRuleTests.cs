using RedFire.Lint.Policy;
using RedFire.Lint.Rules;
using RedFire.Lint.Tests.Infrastructure;
using Xunit;

namespace RedFire.Lint.Tests.Compose.Policy;

/// <summary>RF2050-RF2055, RF2068, RF2069, RF2071: what a container may do to the host.</summary>
public class ContainerIsolationRuleTests
{
    [Fact]
    public void RF2050_privileged_true_at_the_value() =>
        RuleTest.Flags(RuleIds.PrivilegedService, ("compose.yaml", "services:\n  web:\n    image: a:1\n    privileged: [|true|]\n"));

    [Fact]
    public void RF2050_privileged_from_an_anchor_is_reported_where_it_is_merged() =>
        RuleTest.Flags(RuleIds.PrivilegedService, ("compose.yaml", "x-base: &base\n  privileged: true\nservices:\n  web:\n    <<: [|*base|]\n    image: a:1\n"));

    [Fact]
    public void RF2050_privileged_from_the_override_file_is_reported_there() =>
        RuleTest.Flags(RuleIds.PrivilegedService,
            ("compose.yaml", "services:\n  web:\n    image: a:1\n"),
            ("compose.override.yaml", "services:\n  web:\n    privileged: [|true|]\n"));

    [Fact]
    public void RF2050_passes_when_false_or_absent() =>
        RuleTest.Passes(RuleIds.PrivilegedService, ("compose.yaml", "services:\n  web:\n    image: a:1\n    privileged: false\n  db:\n    image: b:1\n"));

    [Fact]
    public void RF2051_docker_socket_in_short_and_long_syntax() =>
        RuleTest.Flags(RuleIds.DockerSocketMounted, ("compose.yaml", """
            services:
              proxy:
                image: example/edge-router:3.1
                volumes:
                  - [|/var/run/docker.sock|]:/var/run/docker.sock:ro
                  - type: bind
                    source: [|/run/docker.sock|]
                    target: /run/docker.sock
                  - type: npipe
                    source: [|\\.\pipe\docker_engine|]
                    target: \\.\pipe\docker_engine
            """));

    [Fact]
    public void RF2051_passes_for_other_mounts() =>
        RuleTest.Passes(RuleIds.DockerSocketMounted, ("compose.yaml", """
            services:
              app:
                image: a:1
                volumes:
                  - ./docker.sock.d:/config
                  - data:/var/run
            volumes:
              data:
            """));

    [Fact]
    public void RF2051_passes_for_images_whose_job_needs_the_socket() =>
        RuleTest.Passes(RuleIds.DockerSocketMounted, ("compose.yaml", """
            services:
              proxy:
                image: traefik:v3.1
                volumes: ["/var/run/docker.sock:/var/run/docker.sock:ro"]
              ui:
                image: portainer/portainer-ce:2.21.4
                volumes: ["/var/run/docker.sock:/var/run/docker.sock"]
              updater:
                image: containrrr/watchtower:1.7.1
                volumes: ["/var/run/docker.sock:/var/run/docker.sock"]
            """));

    [Fact]
    public void RF2051_flags_a_socket_image_the_policy_no_longer_lists() =>
        RuleTest.Flags(RuleIds.DockerSocketMounted, RuleTest.AllRules with { Policy = LintPolicy.Default with { RuntimeSocketImages = [] } },
            ("compose.yaml", "services:\n  proxy:\n    image: traefik:v3.1\n    volumes: [\"[|/var/run/docker.sock|]:/var/run/docker.sock:ro\"]\n"));

    [Fact]
    public void RF2052_host_monitors_read_the_host_read_only_but_not_writable() =>
        RuleTest.Flags(RuleIds.SensitiveHostPathMounted, ("compose.yaml", """
            services:
              node-exporter:
                image: prom/node-exporter:v1.9.1
                volumes:
                  - /proc:/host/proc:ro
                  - /sys:/host/sys:ro
                  - /:/rootfs:ro
              cadvisor:
                image: gcr.io/cadvisor/cadvisor:v0.52.1
                volumes:
                  - /var/lib/docker:/var/lib/docker:ro
                  - [|/var/run|]:/var/run
            """));

    [Fact]
    public void RF2052_system_directories_credentials_and_writable_etc() =>
        RuleTest.Flags(RuleIds.SensitiveHostPathMounted, ("compose.yaml", """
            services:
              agent:
                image: a:1
                volumes:
                  - [|/|]:/host:ro
                  - [|/etc/nginx|]:/etc/nginx
                  - [|~/.ssh|]:/root/.ssh:ro
                  - [|~/|]:/home/user
                  - type: bind
                    source: [|/proc|]
                    target: /host/proc
            volumes:
              hostetc:
                driver: local
                driver_opts:
                  type: none
                  o: bind
                  device: [|/etc|]
            """));

    [Fact]
    public void RF2052_passes_for_project_paths_anonymous_volumes_and_harmless_files() =>
        RuleTest.Passes(RuleIds.SensitiveHostPathMounted, ("compose.yaml", """
            services:
              app:
                image: a:1
                volumes:
                  - ./data:/data
                  - /var/lib/backup/data
                  - /home/me/project:/app
                  - ~/projects/app/config:/config:ro
                  - /etc/localtime:/etc/localtime:ro
                  - /etc/letsencrypt:/etc/letsencrypt:ro
                  - /variable:/x
            """));

    [Fact]
    public void RF2053_host_namespaces_at_their_values() =>
        RuleTest.Flags(RuleIds.HostNamespaceShared, ("compose.yaml", """
            services:
              agent:
                image: a:1
                network_mode: [|host|]
                pid: [|"host"|]
                ipc: [|host|]
                userns_mode: [|host|]
                uts: [|host|]
            """));

    [Fact]
    public void RF2053_passes_for_host_monitors() =>
        RuleTest.Passes(RuleIds.HostNamespaceShared, ("compose.yaml", """
            services:
              node-exporter:
                image: quay.io/prometheus/node-exporter:v1.9.1
                network_mode: host
                pid: host
            """));

    [Fact]
    public void RF2053_passes_for_namespaces_shared_with_services() =>
        RuleTest.Passes(RuleIds.HostNamespaceShared, ("compose.yaml", """
            services:
              app:
                image: a:1
                network_mode: "service:vpn"
                pid: "container:other"
                ipc: shareable
              vpn:
                image: b:1
            """));

    [Fact]
    public void RF2054_dangerous_capabilities_each_at_its_entry() =>
        RuleTest.Flags(RuleIds.DangerousCapabilityAdded, ("compose.yaml", "services:\n  app:\n    image: a:1\n    network_mode: host\n    cap_add: [[|SYS_ADMIN|], NET_BIND_SERVICE, [|cap_net_admin|], [|all|]]\n"));

    [Fact]
    public void RF2054_passes_for_narrow_capabilities() =>
        RuleTest.Passes(RuleIds.DangerousCapabilityAdded, ("compose.yaml", "services:\n  app:\n    image: a:1\n    cap_drop: [ALL]\n    cap_add: [NET_BIND_SERVICE, CHOWN]\n  vpn:\n    image: b:1\n    cap_add: [NET_ADMIN, NET_RAW]\n"));

    [Fact]
    public void RF2055_unconfined_profiles() =>
        RuleTest.Flags(RuleIds.ConfinementDisabled, ("compose.yaml", """
            services:
              app:
                image: a:1
                security_opt:
                  - [|seccomp=unconfined|]
                  - [|"apparmor:unconfined"|]
                  - [|label:disable|]
                  - [|label:seccomp:unconfined|]
                  - no-new-privileges:true
            """));

    [Fact]
    public void RF2055_passes_for_custom_profiles() =>
        RuleTest.Passes(RuleIds.ConfinementDisabled, ("compose.yaml", "services:\n  app:\n    image: a:1\n    security_opt: [\"seccomp:./profile.json\", \"label:type:svirt_apache_t\", no-new-privileges]\n"));

    [Fact]
    public void RF2068_missing_cap_drop_all_when_enabled() =>
        RuleTest.Flags(RuleIds.CapabilitiesNotDropped, PolicyTest.Enabled(RuleIds.CapabilitiesNotDropped), ("compose.yaml", """
            services:
              [|app|]:
                image: a:1
              worker:
                image: a:1
                [|cap_drop|]: [SETUID]
            """));

    [Fact]
    public void RF2068_passes_with_cap_drop_all() =>
        RuleTest.Passes(RuleIds.CapabilitiesNotDropped, PolicyTest.Enabled(RuleIds.CapabilitiesNotDropped), ("compose.yaml", "services:\n  app:\n    image: a:1\n    cap_drop: [all]\n"));

    [Fact]
    public void RF2068_is_off_by_default() =>
        RuleTest.Passes(RuleIds.CapabilitiesNotDropped, LintConfiguration.Default, ("compose.yaml", "services:\n  app:\n    image: a:1\n"));

    [Fact]
    public void RF2069_shared_propagation_long_and_short() =>
        RuleTest.Flags(RuleIds.SharedMountPropagation, ("compose.yaml", """
            services:
              storage:
                image: a:1
                volumes:
                  - type: bind
                    source: /mnt/data
                    target: /data
                    bind:
                      propagation: [|rshared|]
                  - /mnt/other:/other:[|shared|]
            """));

    [Fact]
    public void RF2069_passes_for_slave_and_private() =>
        RuleTest.Passes(RuleIds.SharedMountPropagation, ("compose.yaml", """
            services:
              storage:
                image: a:1
                volumes:
                  - type: bind
                    source: /mnt/data
                    target: /data
                    bind:
                      propagation: rslave
                  - /mnt/other:/other:ro,private
            """));

    [Fact]
    public void RF2071_cgroup_parent_at_the_key() =>
        RuleTest.Flags(RuleIds.CgroupParentSet, ("compose.yaml", "services:\n  app:\n    image: a:1\n    [|cgroup_parent|]: custom\n"));

    [Fact]
    public void RF2071_passes_without_cgroup_parent() =>
        RuleTest.Passes(RuleIds.CgroupParentSet, ("compose.yaml", "services:\n  app:\n    image: a:1\n"));
}

using System.Linq;
using RedFire.Lint.Compose;
using RedFire.Lint.Rules;
using Xunit;

namespace RedFire.Lint.Tests.Compose;

public class ComposeLoaderTests
{
    [Fact]
    public void Override_file_beside_compose_yaml_is_merged_and_its_values_point_into_it()
    {
        var project = ComposeTestHost.Project(
            ("app/compose.yaml", "services:\n  web:\n    image: web:1\n    environment:\n      A: base\n      B: base\n    ports: [\"80:80\"]\n    command: [serve]\n"),
            ("app/compose.override.yaml", "services:\n  web:\n    image: web:2\n    environment:\n      - B=override\n    ports: [\"443:443\"]\n    command: [debug]\n"));
        var web = project.FindService("web")!;
        Assert.Equal(2, project.Files.Count);
        Assert.Equal("app/compose.yaml", project.MainFile.Path);
        Assert.Equal("web:2", web.Image!.Value);
        Assert.Equal("app/compose.override.yaml", web.Image.Location.File);
        Assert.Equal((3, 12), (web.Image.Location.Line, web.Image.Location.Column));
        var b = web.Environment.Single(e => e.Name == "B");
        Assert.Equal("override", b.Value!.Value);
        Assert.Equal(("app/compose.override.yaml", 5, 11, 5, 19), (b.Value.Location.File, b.Value.Location.Line, b.Value.Location.Column, b.Value.Location.EndLine, b.Value.Location.EndColumn));
        Assert.Equal("base", web.Environment.Single(e => e.Name == "A").Value!.Value);
        Assert.Equal(["80", "443"], web.Ports.Select(p => p.Target!.Value));
        Assert.Equal("debug", Assert.Single(web.Command!.Arguments).Value);
    }

    [Fact]
    public void Reset_and_override_tags_apply_when_merging_files()
    {
        var project = ComposeTestHost.Project(
            ("compose.yaml", "services:\n  web:\n    image: a\n    ports: [\"80:80\"]\n    labels: {x: 1, y: 2}\n"),
            ("compose.override.yaml", "services:\n  web:\n    ports: !reset []\n    labels: !override {z: 3}\n"));
        var web = project.FindService("web")!;
        Assert.Empty(web.Ports);
        Assert.Equal(["z"], web.Labels.Select(l => l.Name));
    }

    [Fact]
    public void Interpolation_reads_the_project_env_values_from_options_and_keeps_raw_text()
    {
        var project = ComposeTestHost.Project(("compose.yaml", "services:\n  web:\n    image: \"app:${TAG:-dev}\"\n    ports:\n      - \"${HOST_PORT:-8080}:80/udp\"\n"));
        var web = project.FindService("web")!;
        Assert.Equal("app:dev", web.Image!.Value);
        Assert.Equal("app:${TAG:-dev}", web.Image.Raw);
        var port = Assert.Single(web.Ports);
        Assert.Equal("8080", port.Published!.Value);
        Assert.Equal("80", port.Target!.Value);
        Assert.Equal("udp", port.ProtocolName);
        var variable = Assert.Single(web.Image.Variables);
        Assert.Equal(("TAG", 3, 17), (variable.Name, variable.Location.Line, variable.Location.Column));
    }

    [Fact]
    public void Ports_short_syntax_parts_have_positions()
    {
        var project = ComposeTestHost.Project(("compose.yaml", "services:\n  web:\n    image: a\n    ports:\n      - 127.0.0.1:8000-8010:80-90/tcp\n      - \"[::1]:5432:5432\"\n      - 9000\n      - target: 81\n        published: \"8081\"\n        host_ip: 0.0.0.0\n"));
        var ports = project.FindService("web")!.Ports;
        Assert.Equal(4, ports.Count);
        Assert.Equal("127.0.0.1", ports[0].HostIp!.Value);
        Assert.Equal((5, 9, 18), (ports[0].HostIp!.Location.Line, ports[0].HostIp!.Location.Column, ports[0].HostIp!.Location.EndColumn));
        Assert.Equal(new PortRange(8000, 8010), ports[0].PublishedPorts);
        Assert.Equal((5, 19), (ports[0].Published!.Location.Line, ports[0].Published!.Location.Column));
        Assert.Equal(new PortRange(80, 90), ports[0].TargetPorts);
        Assert.Equal("::1", ports[1].HostIp!.Value);
        Assert.Equal("5432", ports[1].Published!.Value);
        Assert.Null(ports[2].Published);
        Assert.Equal("9000", ports[2].Target!.Value);
        Assert.True(ports[3].IsLongSyntax);
        Assert.Equal("0.0.0.0", ports[3].HostIp!.Value);
        Assert.Equal(8081, ports[3].PublishedPorts!.Value.Start);
    }

    [Fact]
    public void Service_attributes_have_typed_views()
    {
        var project = ComposeTestHost.Project(("compose.yaml", """
            services:
              api:
                build:
                  context: ./api
                  dockerfile: docker/Dockerfile
                  target: runtime
                  args: [VERSION=1.2]
                volumes:
                  - ./data:/data:ro
                  - cache:/cache
                  - /anon
                  - type: tmpfs
                    target: /tmp
                depends_on:
                  db:
                    condition: service_healthy
                    required: false
                networks:
                  back:
                    aliases: [api-internal]
                    ipv4_address: 10.0.0.5
                env_file:
                  - .env.api
                  - path: ./optional.env
                    required: false
                healthcheck:
                  test: ["CMD-SHELL", "curl -f http://localhost/health"]
                  interval: 30s
                user: "1000:1000"
                entrypoint: /bin/entry
                deploy:
                  resources:
                    limits: {cpus: "0.5", memory: 256M}
                ulimits:
                  nofile: {soft: 1024, hard: 2048}
                  nproc: 512
                secrets: [jwt]
                profiles: [debug]
              db:
                image: postgres:16
                build: ./db
            networks:
              back: {internal: true}
            volumes:
              cache: {}
            secrets:
              jwt: {file: ./jwt.txt}
            """));
        var api = project.FindService("api")!;
        Assert.Equal("/repo/api", api.Build!.ContextPath);
        Assert.Equal("/repo/api/docker/Dockerfile", api.Build.DockerfilePath);
        Assert.Equal("runtime", api.Build.Target!.Value);
        Assert.Equal("1.2", api.Build.Args.Single().Value!.Value);
        Assert.Equal([VolumeMountType.Bind, VolumeMountType.Volume, VolumeMountType.Anonymous, VolumeMountType.Tmpfs], api.Volumes.Select(v => v.Type));
        Assert.True(api.Volumes[0].ReadOnly);
        Assert.Equal(("./data", "/data"), (api.Volumes[0].Source!.Value, api.Volumes[0].Target!.Value));
        Assert.Equal((9, 9), (api.Volumes[0].Source!.Location.Line, api.Volumes[0].Source!.Location.Column));
        var db = Assert.Single(api.DependsOn);
        Assert.Equal(("db", "service_healthy", false), (db.Name, db.ConditionName, db.Required));
        var net = Assert.Single(api.Networks);
        Assert.Equal(("back", "api-internal", "10.0.0.5"), (net.Name, net.Aliases.Single().Value, net.Ipv4Address!.Value));
        Assert.Equal([("/repo/.env.api", true), ("/repo/optional.env", false)], api.EnvFiles.Select(e => (e.FullPath, e.Required)));
        Assert.Equal("CMD-SHELL", api.Healthcheck!.TestForm);
        Assert.False(api.Healthcheck.IsDisabled);
        Assert.Equal("30s", api.Healthcheck.Interval!.Value);
        Assert.Equal("1000:1000", api.User!.Value);
        Assert.False(api.Entrypoint!.IsList);
        Assert.Equal("256M", api.Resources!.MemoryLimit!.Value);
        Assert.Equal([("nofile", "2048"), ("nproc", "512")], api.Ulimits.Select(u => (u.Name.Value, u.Hard!.Value)));
        Assert.Equal("jwt", api.Secrets.Single().Name);
        Assert.False(api.IsActive);                     // profile "debug" not enabled
        Assert.True(project.FindService("db")!.IsActive);
        Assert.Equal("/repo/db/Dockerfile", project.FindService("db")!.Build!.DockerfilePath);
        Assert.True(project.FindNetwork("back")!.IsInternal);
        Assert.Equal("repo", project.Name);
    }

    [Fact]
    public void Extends_in_same_and_other_file_with_rebased_paths_and_merged_values()
    {
        var project = ComposeTestHost.Project(
            ("compose.yaml", "services:\n  base:\n    image: base\n    environment: {A: 1}\n  web:\n    extends: base\n    environment: {B: 2}\n  worker:\n    extends:\n      file: common/services.yml\n      service: job\n"),
            ("common/services.yml", "services:\n  job:\n    build: ./job\n    command: run\n"));
        var web = project.FindService("web")!;
        Assert.Equal("base", web.Image!.Value);
        Assert.Equal(["A", "B"], web.Environment.Select(e => e.Name));
        Assert.Equal((3, 12), (web.Image.Location.Line, web.Image.Location.Column));
        Assert.Equal(6, web.Image.MergedAt!.Value.Line);
        var worker = project.FindService("worker")!;
        Assert.Equal("/repo/common/job", worker.Build!.ContextPath);
        Assert.Equal("common/services.yml", worker.Command!.Node.Location.File);
    }

    [Fact]
    public void Extends_cycle_and_missing_file_are_load_errors()
    {
        var result = ComposeTestHost.Lint(("compose.yaml", "services:\n  a:\n    extends: b\n  b:\n    extends: a\n  c:\n    extends: {file: missing.yaml, service: x}\n"));
        var errors = ComposeTestHost.Errors(result, RuleIds.ComposeLoad);
        Assert.Contains(errors, e => e.Message.Contains("Circular reference"));
        Assert.Contains(errors, e => e.Message.Contains("missing.yaml does not exist") && e.Location.Line == 7);
    }

    [Fact]
    public void Include_brings_services_with_their_own_directory_and_is_not_linted_alone()
    {
        var result = ComposeTestHost.Lint(
            ("compose.yaml", "include:\n  - sub/compose.db.yaml\nservices:\n  web:\n    image: a\n    depends_on: [db]\n"),
            ("sub/compose.db.yaml", "services:\n  db:\n    build: .\n"));
        var project = Assert.Single(result.Models.Get<ComposeProject>());
        Assert.Equal("/repo/sub", project.FindService("db")!.Build!.ContextPath);
        Assert.DoesNotContain(result.Diagnostics, d => d.RuleId == RuleIds.ComposeLoad);
    }

    [Fact]
    public void Include_cycle_is_reported()
    {
        var result = ComposeTestHost.Lint(("compose.yaml", "include:\n  - compose.yaml\nservices:\n  a:\n    image: a\n"));
        Assert.Contains(ComposeTestHost.Errors(result, RuleIds.ComposeLoad), e => e.Message.Contains("Include cycle"));
    }

    [Fact]
    public void Empty_file_and_dependency_cycle_are_load_errors()
    {
        var empty = ComposeTestHost.Lint(("compose.yaml", "# nothing\n"));
        Assert.Contains(ComposeTestHost.Errors(empty, RuleIds.ComposeLoad), e => e.Message.Contains("compose file is empty"));
        var cycle = ComposeTestHost.Lint(("compose.yaml", "services:\n  a: {image: a, depends_on: [b]}\n  b: {image: b, depends_on: [a]}\n"));
        Assert.Contains(ComposeTestHost.Errors(cycle, RuleIds.ComposeLoad), e => e.Message.Contains("Dependency cycle a → b → a"));
    }

    [Fact]
    public void Extension_fields_are_allowed_anywhere_and_kept_raw()
    {
        var project = ComposeTestHost.Project(("compose.yaml", "x-top: 1\nservices:\n  web:\n    image: a\n    x-owner: team\n"));
        Assert.Equal("team", project.FindService("web")!["x-owner"]!.ToString());
    }

    [Fact]
    public void Profiles_enabled_in_env_file_and_project_name_from_env()
    {
        var project = ComposeTestHost.Project(
            ("compose.yaml", "name: fromfile\nservices:\n  a: {image: a, profiles: [debug]}\n  b: {image: b, profiles: [other]}\n"),
            (".env", "COMPOSE_PROFILES=debug\nCOMPOSE_PROJECT_NAME=fromenv\n"));
        Assert.True(project.FindService("a")!.IsActive);
        Assert.False(project.FindService("b")!.IsActive);
        Assert.Equal("fromenv", project.Name);
    }

    [Fact]
    public void Network_mode_with_networks_and_undefined_network_are_load_errors()
    {
        var result = ComposeTestHost.Lint(("compose.yaml", "services:\n  a:\n    image: a\n    network_mode: host\n    networks: [front]\nnetworks:\n  back: {}\n"));
        var errors = ComposeTestHost.Errors(result, RuleIds.ComposeLoad);
        Assert.Contains(errors, e => e.Message.Contains("sets both network_mode (host) and networks") && e.Location.Line == 5 && e.Location.Column == 5);
        Assert.Contains(errors, e => e.Message == "Service 'a' uses network 'front', which is not under the top-level 'networks:' (declared: back)." && e.Location.Column == 16);
    }
}

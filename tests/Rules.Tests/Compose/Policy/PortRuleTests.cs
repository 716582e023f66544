using RedFire.Lint.Rules;
using RedFire.Lint.Tests.Infrastructure;
using Xunit;

namespace RedFire.Lint.Tests.Compose.Policy;

/// <summary>RF2061-RF2063, RF2072: published ports.</summary>
public class PortRuleTests
{
    [Fact]
    public void RF2061_ports_without_a_host_address() =>
        RuleTest.Flags(RuleIds.PortNotBoundToInterface, ("compose.yaml", """
            services:
              admin:
                image: a:1
                ports:
                  - [|"9000:9000"|]
                  - [|0.0.0.0:9001:9001|]
                  - [|"3000"|]
                  - "127.0.0.1:9002:9002"
            """));

    [Fact]
    public void RF2061_passes_for_bound_ports_variables_in_host_position_and_the_gateway() =>
        RuleTest.Passes(RuleIds.PortNotBoundToInterface, ("compose.yaml", """
            services:
              admin:
                image: a:1
                ports:
                  - "127.0.0.1:9000:9000"
                  - "${BIND_IP:-127.0.0.1}:${PORT:-9001}:9001"
                  - "$HOST:$PORT:1025"
                  - "[::1]:9003:9003"
                  - target: 9004
                    host_ip: 127.0.0.1
                    published: "9004"
                  - target: 9005
                    published: 127.0.0.1:9005
              gateway:
                image: nginx:1.27-alpine
                ports: ["80:80", "443:443"]
            """));

    [Fact]
    public void RF2062_privileged_host_port_of_a_service_other_than_the_gateway() =>
        RuleTest.Flags(RuleIds.PrivilegedHostPort, ("compose.yaml", """
            services:
              api:
                image: a:1
                ports:
                  - "127.0.0.1:[|80|]:8080"
                  - "8080:80"
              gateway:
                image: nginxinc/nginx-unprivileged:1.27-alpine
                ports: ["443:8443"]
            """));

    [Fact]
    public void RF2062_passes_for_high_host_ports() =>
        RuleTest.Passes(RuleIds.PrivilegedHostPort, ("compose.yaml", "services:\n  api:\n    image: a:1\n    ports: [\"8080:80\", \"1024:22\", \"9000\"]\n"));

    [Fact]
    public void RF2075_container_port_below_1024_of_a_service_built_here()
    {
        var found = RuleTest.Flags(RuleIds.ContainerPrivilegedPort, ("compose.yaml", """
            services:
              api:
                build: ./api
                ports:
                  - "7000:[|80|]"
                  - "127.0.0.1::[|50|]"
                  - "[|70-8000|]"
                  - "8081:8080"
                  - target: [|443|]
                    published: 8443
              gateway:
                build: ./gateway
                image: nginx:1.27-alpine
                ports: ["80:80"]
            """));
        Assert.Equal("Service 'api' listens on container port 80, below 1024, so its process needs root or NET_BIND_SERVICE to bind it.", found[0].Message);
        Assert.Contains("\"7000:8080\"", found[0].Help);
    }

    [Fact]
    public void RF2075_passes_for_pulled_images_and_high_container_ports() =>
        RuleTest.Passes(RuleIds.ContainerPrivilegedPort, ("compose.yaml", """
            services:
              web:
                image: httpd:2.4
                ports: ["8080:80"]
              api:
                build: .
                ports: ["80:8080", "9000-9091:8080-8081", "1024", "80:80", "127.0.0.1:443:443"]
            """));

    [Fact]
    public void RF2063_same_host_port_twice()
    {
        var found = RuleTest.Flags(RuleIds.DuplicatePublishedPort, ("compose.yaml", """
            services:
              web:
                image: a:1
                ports: ["8080:80", "9000-9010:9000-9010"]
              admin:
                image: b:1
                ports: ["127.0.0.1:[|8080|]:9000", "[|9005|]:80"]
            """));
        Assert.Equal("Service 'admin' publishes host port 8080/tcp, which service 'web' already publishes at line 4, so the second container fails to start.", found[0].Message);
    }

    [Fact]
    public void RF2063_replicas_need_as_many_host_ports() =>
        RuleTest.Flags(RuleIds.DuplicatePublishedPort, ("compose.yaml", """
            services:
              web:
                image: a:1
                deploy:
                  replicas: 3
                ports: ["[|8080|]:80", "[|9000-9001|]:90", "9100-9102:91", "127.0.0.1::92"]
              api:
                image: b:1
                scale: 2
                ports: ["[|8081|]:80"]
            """));

    [Fact]
    public void RF2063_passes_for_other_addresses_protocols_and_disjoint_profiles() =>
        RuleTest.Passes(RuleIds.DuplicatePublishedPort, ("compose.yaml", """
            services:
              web:
                image: a:1
                ports: ["127.0.0.1:8080:80", "5353:53/udp"]
              admin:
                image: b:1
                ports: ["192.168.1.10:8080:9000", "5353:53/tcp"]
              debug:
                image: c:1
                profiles: [debug]
                ports: ["9229:9229"]
              test:
                image: c:1
                profiles: [test]
                ports: ["9229:9229"]
            """));

    [Fact]
    public void RF2063_host_ports_from_separate_variables_are_chosen_separately() =>
        RuleTest.Flags(RuleIds.DuplicatePublishedPort,
            ("compose.yaml", """
            services:
              nginx:
                image: nginx:1.27
                ports: ["${NGINX_HTTP_PORT}:80", "${WEB_HTTPS_PORT}:443"]
              apache:
                image: httpd:2.4
                ports: ["${APACHE_HTTP_PORT}:80", [|"${WEB_HTTPS_PORT}:443"|], "8080:8080"]
              caddy:
                image: caddy:2.8
                ports: [[|"${CADDY_ADMIN_PORT}:2019"|], "[|8080|]:8080"]
            """),
            (".env.example", "NGINX_HTTP_PORT=80\nAPACHE_HTTP_PORT=80\nWEB_HTTPS_PORT=443\nCADDY_ADMIN_PORT=8080\n"));

    [Fact]
    public void RF2072_unquoted_ports_when_enabled() =>
        RuleTest.Flags(RuleIds.PortNotQuoted, PolicyTest.Enabled(RuleIds.PortNotQuoted),
            ("compose.yaml", "services:\n  web:\n    image: a:1\n    ports:\n      - [|8080:80|]\n      - \"8443:443\"\n    expose:\n      - [|3000|]\n"));

    [Fact]
    public void RF2072_says_which_entries_yaml_1_1_reads_as_numbers()
    {
        var found = RuleTest.Flags(RuleIds.PortNotQuoted, PolicyTest.Enabled(RuleIds.PortNotQuoted),
            ("compose.yaml", "services:\n  web:\n    image: a:1\n    ports:\n      - [|22:22|]\n      - [|8092:8092|]\n"));
        Assert.Equal("Service 'web' has the unquoted port entry 22:22, which YAML 1.1 tools read as the base-60 number 1342 instead of the string \"22:22\".", found[0].Message);
        Assert.Equal("Service 'web' has the unquoted port entry 8092:8092 where the quoted \"8092:8092\" is expected, as for every port entry.", found[1].Message);
    }

    [Theory]
    [InlineData("22:22", 1342L)]
    [InlineData("1:02:03", 3723L)]
    [InlineData("190:20:30", 685230L)]
    [InlineData("8080:80", null)]
    [InlineData("80", null)]
    [InlineData("0:22", null)]
    [InlineData("127.0.0.1:22:22", null)]
    [InlineData("22:22/tcp", null)]
    [InlineData("22:", null)]
    public void RF2072_reads_yaml_1_1_sexagesimal_ints(string text, long? expected) =>
        Assert.Equal(expected, RedFire.Lint.Rules.Compose.PortNotQuotedRule.Sexagesimal(text));

    [Fact]
    public void RF2072_passes_for_quoted_ports() =>
        RuleTest.Passes(RuleIds.PortNotQuoted, PolicyTest.Enabled(RuleIds.PortNotQuoted),
            ("compose.yaml", "services:\n  web:\n    image: a:1\n    ports: ['8080:80', \"8443:443\", {target: 80, published: \"8081\"}]\n    expose: [\"3000\"]\n"));
}

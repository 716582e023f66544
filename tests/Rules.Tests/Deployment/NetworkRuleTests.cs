using RedFire.Lint.Policy;
using RedFire.Lint.Rules;
using RedFire.Lint.Tests.Infrastructure;
using Xunit;

namespace RedFire.Lint.Tests.Deployment;

/// <summary>RF4020-RF4024: data stores stay internal, only the gateway publishes, the gateway reaches its upstreams.</summary>
public class NetworkRuleTests
{
    [Fact]
    public void Data_stores_on_the_default_or_a_non_internal_network_are_flagged()
    {
        var found = RuleTest.Flags(RuleIds.DataStoreOnReachableNetwork,
            ("docker-compose.yml", """
                services:
                  [|postgres|]:
                    image: postgres:15-alpine
                  redis:
                    image: docker.io/library/redis:7-alpine
                    networks:
                      - data
                      - [|frontend|]
                  mongodb:
                    image: mongo:7.0
                    networks: [data]
                networks:
                  data:
                    internal: true
                  frontend: {}
                """));
        Assert.Equal("Data store redis joins network frontend, which is declared at line 15 without internal: true, so anything on it (and the internet through it) can reach the store.", found[1].Message);
    }

    [Fact]
    public void Data_stores_only_on_internal_networks_pass()
    {
        RuleTest.Passes(RuleIds.DataStoreOnReachableNetwork,
            ("docker-compose.yml", """
                services:
                  postgres:
                    image: postgres:15-alpine
                    networks: [data]
                  api:
                    image: redfire/api:1.0
                networks:
                  data:
                    internal: true
                """));
    }

    [Fact]
    public void Published_ports_of_data_stores_and_non_gateway_services_are_flagged()
    {
        RuleTest.Flags(RuleIds.DataStorePublishesPorts,
            ("docker-compose.yml", """
                services:
                  redis:
                    image: redis:7-alpine
                    ports:
                      - [|"6379:6379"|]
                """));
        RuleTest.Flags(RuleIds.NonGatewayPublishesPorts,
            ("docker-compose.yml", """
                services:
                  api-gateway:
                    image: nginx:1.27-alpine
                    ports: ["443:443"]
                  user-trading:
                    image: redfire/user-trading:1.0
                    ports:
                      - [|"8001:8001"|]
                      - [|9100|]
                  redis:
                    image: redis:7-alpine
                    ports: ["6379:6379"]
                """));
    }

    [Fact]
    public void Loopback_bound_ports_and_non_http_protocols_are_not_reachable_past_the_gateway()
    {
        const string compose = """
            services:
              gateway:
                image: nginx:1.27-alpine
                ports: ["443:443"]
              queue:
                image: example/broker:3.13
                ports: ["5672:5672", "1883:1883"]
              turn:
                image: example/turn:4.6
                ports: ["3478:3478/udp"]
              admin:
                image: example/admin:2.0
                ports: ["127.0.0.1:8081:8080"]
              redis:
                image: redis:7.2-alpine
                ports: ["127.0.0.1:6379:6379", "[::1]:6380:6379"]
            """;
        RuleTest.Passes(RuleIds.NonGatewayPublishesPorts, ("docker-compose.yml", compose));
        RuleTest.Passes(RuleIds.DataStorePublishesPorts, ("docker-compose.yml", compose));
    }

    [Fact]
    public void With_several_nginx_services_the_gateway_is_unknown_and_nothing_is_said()
    {
        RuleTest.Passes(RuleIds.NonGatewayPublishesPorts,
            ("docker-compose.yml", """
                services:
                  web:
                    image: nginx:1.27-alpine
                    ports: ["80:80"]
                  docs:
                    image: nginxinc/nginx-unprivileged:1.27
                    ports: ["8081:8080"]
                  api:
                    image: example/api:2.3
                    ports: ["8000:8000"]
                """));
    }

    [Fact]
    public void Data_store_on_an_external_network_is_not_judged_here()
    {
        RuleTest.Passes(RuleIds.DataStoreOnReachableNetwork,
            ("docker-compose.yml", """
                services:
                  db:
                    image: mariadb:11.4
                    networks: [shared-data]
                networks:
                  shared-data:
                    external: true
                """));
    }

    [Fact]
    public void Only_the_gateway_publishing_passes()
    {
        const string compose = """
            services:
              edge:
                image: redfire/edge:1.0
                ports: ["443:8443"]
              api:
                image: redfire/api:1.0
                expose: ["8001"]
              redis:
                image: redis:7-alpine
                expose: ["6379"]
            """;
        var configuration = LintConfiguration.Default with { Policy = LintPolicy.Default with { GatewayService = "edge" } };
        RuleTest.Passes(RuleIds.NonGatewayPublishesPorts, configuration, ("docker-compose.yml", compose));
        RuleTest.Passes(RuleIds.DataStorePublishesPorts, ("docker-compose.yml", compose));
    }

    [Fact]
    public void A_proxied_service_on_no_network_of_the_gateway_is_flagged()
    {
        RuleTest.Flags(RuleIds.GatewayCannotReachService,
            ("docker-compose.yml", """
                services:
                  api-gateway:
                    image: nginx:1.27-alpine
                    networks: [frontend]
                    volumes: ["./nginx.conf:/etc/nginx/conf.d/default.conf:ro"]
                  user-trading:
                    image: redfire/user-trading:1.0
                    networks: [backend]
                networks:
                  frontend: {}
                  backend: { internal: true }
                """),
            ("nginx.conf", """
                upstream user_trading { server [|user-trading:8001|]; }
                server { listen 80; location / { proxy_pass http://user_trading; } }
                """));
    }

    [Fact]
    public void A_shared_network_passes()
    {
        RuleTest.Passes(RuleIds.GatewayCannotReachService,
            ("docker-compose.yml", """
                services:
                  api-gateway:
                    image: nginx:1.27-alpine
                    networks: [frontend, backend]
                    volumes: ["./nginx.conf:/etc/nginx/conf.d/default.conf:ro"]
                  user-trading:
                    image: redfire/user-trading:1.0
                    networks: [backend]
                networks:
                  frontend: {}
                  backend: { internal: true }
                """),
            ("nginx.conf", "server { listen 80; location / { proxy_pass http://user-trading:8001; } }\n"));
    }

    [Fact]
    public void External_urls_on_internal_only_networks_are_flagged_including_values_from_env_files()
    {
        RuleTest.Flags(RuleIds.ExternalUrlOnInternalNetwork,
            ("deploy/docker-compose.yml", """
                services:
                  monitor-service:
                    image: redfire/monitor:1.0
                    environment:
                      - ALERT_WEBHOOK_URL=[|${ALERT_WEBHOOK_URL}|]
                      - MONGO_URL=mongodb://mongodb:27017/logs
                    networks: [backend]
                  notifier:
                    image: redfire/notifier:1.0
                    environment:
                      BROKER_URL: [|https://api.broker.example.com/v1|]
                    networks: [backend]
                  mongodb:
                    image: mongo:7.0
                    networks: [backend]
                networks:
                  backend:
                    internal: true
                """),
            ("deploy/.env.production", "ALERT_WEBHOOK_URL=https://hooks.slack.com/services/T0/B0/X\n"));
    }

    [Fact]
    public void External_urls_with_an_outbound_network_pass()
    {
        RuleTest.Passes(RuleIds.ExternalUrlOnInternalNetwork,
            ("docker-compose.yml", """
                services:
                  monitor-service:
                    image: redfire/monitor:1.0
                    environment:
                      ALERT_WEBHOOK_URL: https://hooks.slack.com/services/T0
                      MONGO_URL: mongodb://mongodb:27017/logs
                    networks: [backend, egress]
                  api:
                    image: redfire/api:1.0
                    environment:
                      VNPY_URL: http://vnpy-core:8006
                    networks: [backend]
                networks:
                  backend:
                    internal: true
                  egress: {}
                """));
    }
}

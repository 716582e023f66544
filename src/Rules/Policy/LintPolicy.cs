using System.Collections.Generic;

namespace RedFire.Lint.Policy;

/// <summary>
/// Project-wide facts rules need and teams differ on. Defaults follow the RedFire plan; the config
/// file's "policy" section overrides any of them.
/// </summary>
public sealed record LintPolicy
{
    /// <summary>The C# class whose members hold the services' ports.</summary>
    public string PortsClassName { get; init; } = "ServiceConfig";

    /// <summary>The compose service meant to publish ports (the nginx gateway). Empty: any service running an nginx image.</summary>
    public string GatewayService { get; init; } = "";

    /// <summary>Image repositories (without registry or tag) that are data stores: internal networks only, no published ports.</summary>
    public IReadOnlyList<string> DataStoreImages { get; init; } =
    [
        "postgres", "mysql", "mariadb", "redis", "mongo", "influxdb", "elasticsearch", "opensearch", "rabbitmq",
        "kafka", "bitnami/kafka", "confluentinc/cp-kafka", "zookeeper", "memcached", "cassandra", "couchdb",
        "neo4j", "timescale/timescaledb", "clickhouse/clickhouse-server", "mcr.microsoft.com/mssql/server", "valkey/valkey",
    ];

    /// <summary>Official images that start as root and drop privileges in their entrypoint.</summary>
    public IReadOnlyList<string> PrivilegeDroppingImages { get; init; } =
    [
        "postgres", "redis", "mongo", "mysql", "mariadb", "rabbitmq", "influxdb", "elasticsearch", "memcached",
        "cassandra", "couchdb", "neo4j", "zookeeper", "timescale/timescaledb", "valkey/valkey",
    ];

    /// <summary>
    /// Images whose job is to drive the container runtime through its socket: proxies that route to containers by
    /// their labels, container managers, schedulers and updaters, and the socket proxy itself.
    /// </summary>
    public IReadOnlyList<string> RuntimeSocketImages { get; init; } =
    [
        "traefik", "nginx-proxy", "docker-gen", "acme-companion", "letsencrypt-nginx-proxy-companion", "portainer/portainer",
        "portainer/portainer-ce", "portainer/portainer-ee", "portainer/agent", "ofelia", "watchtower", "docker-socket-proxy",
        "autoheal", "dozzle", "caddy-docker-proxy", "cadvisor",
    ];

    /// <summary>Host agents that read the host's file system, /proc and /sys (read-only) and share its namespaces to report on it.</summary>
    public IReadOnlyList<string> HostMonitorImages { get; init; } =
    [
        "node-exporter", "cadvisor", "process-exporter", "netdata/netdata", "datadog/agent", "grafana/alloy", "grafana/agent",
        "promtail", "fluent-bit", "elastic/metricbeat", "elastic/filebeat", "docker.elastic.co/beats/metricbeat",
        "docker.elastic.co/beats/filebeat",
    ];

    /// <summary>Registries images may come from; empty means any.</summary>
    public IReadOnlyList<string> TrustedRegistries { get; init; } = [];

    /// <summary>
    /// Compose file sets a script combines (<c>docker compose -f a.yml -f b.yml</c>), as absolute paths in <c>-f</c> order:
    /// each is linted as one project, and its files never alone.
    /// </summary>
    public IReadOnlyList<IReadOnlyList<string>> ComposeProjects { get; init; } = [];

    /// <summary>
    /// Labels every image must carry, by name, with the kind of value each holds: text, url, rfc3339, spdx, hash,
    /// semver or email. Empty: no label is required (the label rules stay silent).
    /// </summary>
    public IReadOnlyDictionary<string, string> LabelSchema { get; init; } = new Dictionary<string, string>();

    /// <summary>With a <see cref="LabelSchema"/>: labels the schema does not name are reported too.</summary>
    public bool StrictLabels { get; init; }

    public static LintPolicy Default { get; } = new();
}

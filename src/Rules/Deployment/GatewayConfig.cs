using System.Collections.Generic;
using RedFire.Lint.Sources;

namespace RedFire.Lint.Deployment;

/// <summary>Where in nginx's configuration tree a file's top level lands, decided by its mount path.</summary>
public enum NginxContext
{
    /// <summary><c>/etc/nginx/nginx.conf</c>: the main context (events, http, worker settings).</summary>
    Main,

    /// <summary><c>/etc/nginx/conf.d/*.conf</c> (included inside <c>http {}</c> by the official images).</summary>
    Http,

    /// <summary>Any other mount path: included from a context we cannot see.</summary>
    Unknown,
}

/// <summary>An nginx configuration file mounted into the gateway service, with the context its top level lands in.</summary>
public sealed class GatewayConfig
{
    public GatewayConfig(SourceFile source, string mountTarget, NginxContext context, VolumeMount mount)
    {
        Source = source;
        MountTarget = mountTarget;
        Context = context;
        Mount = mount;
    }

    public SourceFile Source { get; }

    public string MountTarget { get; }

    public NginxContext Context { get; }

    /// <summary>The compose volume entry that mounts the file.</summary>
    public VolumeMount Mount { get; }

    /// <summary>Directives at the file's top level (names with positions).</summary>
    public IReadOnlyList<Located<string>> TopLevelDirectives { get; init; } = [];

    public IReadOnlyList<NginxUpstream> Upstreams { get; init; } = [];

    public IReadOnlyList<NginxListen> Listens { get; init; } = [];

    public IReadOnlyList<NginxProxyPass> ProxyPasses { get; init; } = [];
}

public sealed record NginxUpstream(string Name, Location Location, IReadOnlyList<NginxServerAddress> Servers);

/// <summary>A <c>server host:port</c> inside an upstream; <see cref="Port"/> null means nginx's default, 80.</summary>
public sealed record NginxServerAddress(string Host, int? Port, Location Location);

/// <summary>A <c>listen</c> directive: the port it binds and whether it terminates TLS.</summary>
public sealed record NginxListen(int? Port, bool Ssl, Location Location);

/// <summary><c>proxy_pass scheme://host[:port]/…</c>: <see cref="Host"/> is an upstream name or a host.</summary>
public sealed record NginxProxyPass(string Scheme, string Host, int? Port, Location Location);

using System.Collections.Generic;
using RedFire.Lint.Sources;

namespace RedFire.Lint.Deployment;

/// <summary>Where in nginx's configuration tree a mounted file's top level lands, decided by its mount path.</summary>
public enum MountContext
{
    /// <summary><c>/etc/nginx/nginx.conf</c>: the main context (events, http, process settings).</summary>
    Main,

    /// <summary><c>/etc/nginx/conf.d/*.conf</c>, which the official images include inside <c>http {}</c>.</summary>
    Http,

    /// <summary>Any other path: included from a context we cannot see.</summary>
    Unknown,
}

/// <summary>
/// An nginx configuration file mounted into the gateway service, read in the context its mount path gives it.
/// </summary>
public sealed class GatewayConfig
{
    public GatewayConfig(SourceFile source, string mountTarget, MountContext context, VolumeMount mount)
    {
        Source = source;
        MountTarget = mountTarget;
        Context = context;
        Mount = mount;
    }

    public SourceFile Source { get; }

    public string MountTarget { get; }

    public MountContext Context { get; }

    /// <summary>The compose volume entry that mounts the file.</summary>
    public VolumeMount Mount { get; }

    /// <summary>
    /// Directives nginx rejects where they land because of the mount path, and that the file read on its own
    /// does not show (RF2551 reports those).
    /// </summary>
    public IReadOnlyList<MisplacedDirective> Misplaced { get; init; } = [];

    /// <summary>Mounted as the main configuration without an <c>events {}</c> block: nginx refuses to start.</summary>
    public bool LacksEvents { get; init; }

    /// <summary>The first directive of the file, where file-level findings go.</summary>
    public Location? FirstDirective { get; init; }

    public IReadOnlyList<NginxUpstream> Upstreams { get; init; } = [];

    public IReadOnlyList<NginxListen> Listens { get; init; } = [];

    public IReadOnlyList<NginxProxyPass> ProxyPasses { get; init; } = [];
}

/// <summary>A directive in a context where nginx rejects it, with the contexts it is allowed in.</summary>
public sealed record MisplacedDirective(string Name, Location Location, string Context, string Allowed);

public sealed record NginxUpstream(string Name, Location Location, IReadOnlyList<NginxServerAddress> Servers);

/// <summary>A <c>server host:port</c> inside an upstream; <see cref="Port"/> null means nginx's default, 80.</summary>
public sealed record NginxServerAddress(string Host, int? Port, Location Location);

/// <summary>A <c>listen</c> directive: the port it binds and whether it terminates TLS.</summary>
public sealed record NginxListen(int? Port, bool Ssl, Location Location);

/// <summary><c>proxy_pass scheme://host[:port]/…</c>: <see cref="Host"/> is an upstream name or a host.</summary>
public sealed record NginxProxyPass(string Scheme, string Host, int? Port, Location Location);

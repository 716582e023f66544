using System;
using System.Collections.Generic;
using System.Linq;
using RedFire.Lint.Sources;

namespace RedFire.Lint.Nginx;

/// <summary><c>upstream name { server host:port …; }</c>.</summary>
public sealed record NginxUpstream(string Name, Location NameLocation, NginxDirective Directive, IReadOnlyList<NginxUpstreamServer> Servers, bool IsStream);

/// <summary>A <c>server</c> line of an upstream; <see cref="Port"/> is nginx's default 80 when none is written (null for a unix socket).</summary>
public sealed record NginxUpstreamServer(string Address, string? Host, int? Port, Location Location, NginxDirective Directive);

/// <summary>A <c>server { }</c> block.</summary>
public sealed record NginxServer(NginxDirective Directive, IReadOnlyList<NginxListen> Listens, IReadOnlyList<NginxArgument> ServerNames,
    IReadOnlyList<NginxLocation> Locations, bool IsStream)
{
    /// <summary>The directives written directly in the block (includes expanded), not in its locations.</summary>
    public IEnumerable<NginxDirective> OwnDirectives => NginxModel.Flatten(Directive.Children);
}

/// <summary>
/// A <c>listen</c> line. <see cref="Port"/> is 80 when only an address is written (nginx's default), null for a
/// unix socket or an unreadable value. A server without any listen line listens on 80 (not modelled here).
/// </summary>
public sealed record NginxListen(string Address, string? Host, int? Port, bool Ssl, bool Http2, bool Quic, bool DefaultServer,
    Location Location, NginxDirective Directive);

/// <summary>A <c>location [modifier] path { }</c> block (nested ones included, flattened).</summary>
public sealed record NginxLocation(string Modifier, string Path, Location PathLocation, NginxDirective Directive, NginxProxyPass? ProxyPass);

/// <summary>
/// The target of a <c>proxy_pass</c>: <c>http://upstream_name</c>, <c>http://host:port/uri</c>, <c>http://$var</c>.
/// <see cref="Host"/> is what nginx matches against upstream names first, then resolves as a host name;
/// <see cref="HasVariables"/> means the host part holds a variable (resolved per request).
/// </summary>
public sealed record NginxProxyPass(string Target, string? Scheme, string? Host, int? Port, bool HasVariables, bool IsUnixSocket, Location Location, NginxDirective Directive)
{
    /// <summary>
    /// True when the target can only be an upstream name (or a single-label host such as a compose service):
    /// no variable, no port, no dot, not an address, not localhost.
    /// </summary>
    public bool LooksLikeUpstreamName =>
        !HasVariables && !IsUnixSocket && Port is null && !string.IsNullOrEmpty(Host)
        && Host!.IndexOf('.') < 0 && Host.IndexOf(':') < 0
        && !string.Equals(Host, "localhost", StringComparison.OrdinalIgnoreCase);
}

/// <summary>Builds the upstream/server model of a configuration from its directives.</summary>
internal sealed class NginxModel
{
    private NginxModel(IReadOnlyList<NginxUpstream> upstreams, IReadOnlyList<NginxServer> servers)
    {
        Upstreams = upstreams;
        Servers = servers;
    }

    public IReadOnlyList<NginxUpstream> Upstreams { get; }

    public IReadOnlyList<NginxServer> Servers { get; }

    public static NginxModel Build(NginxConfig config)
    {
        var upstreams = new List<NginxUpstream>();
        var servers = new List<NginxServer>();
        foreach (var (directive, context) in config.Walk())
        {
            if (!directive.IsBlock) continue;
            var isStream = context == NginxContext.Stream;
            var isTopLevel = context is NginxContext.Main or NginxContext.Http or NginxContext.Stream;
            if (directive.Name == "upstream" && directive.Arguments.Count > 0 && isTopLevel)
                upstreams.Add(Upstream(directive, isStream));
            else if (directive.Name == "server" && isTopLevel)
                servers.Add(Server(directive, isStream));
        }
        return new NginxModel(upstreams, servers);
    }

    /// <summary>A block's directives with includes replaced by what they included (not descending into blocks).</summary>
    internal static IEnumerable<NginxDirective> Flatten(IReadOnlyList<NginxDirective> directives)
    {
        var stack = new Stack<NginxDirective>(directives.Reverse());
        while (stack.Count > 0)
        {
            var directive = stack.Pop();
            if (directive.Included.Count == 0)
            {
                yield return directive;
                continue;
            }
            for (var i = directive.Included.Count - 1; i >= 0; i--) stack.Push(directive.Included[i]);
        }
    }

    private static NginxUpstream Upstream(NginxDirective block, bool isStream)
    {
        var servers = Flatten(block.Children)
            .Where(d => d.Name == "server" && !d.IsBlock && d.Arguments.Count > 0)
            .Select(d =>
            {
                var address = NginxAddress.Parse(d.Arguments[0].Value);
                int? port = address.IsUnixSocket ? null : address.Port ?? 80;
                return new NginxUpstreamServer(d.Arguments[0].Value, address.Host, port, d.Arguments[0].Location, d);
            })
            .ToArray();
        var name = block.Arguments[0];
        return new NginxUpstream(name.Value, name.Location, block, servers, isStream);
    }

    private static NginxServer Server(NginxDirective block, bool isStream)
    {
        var own = Flatten(block.Children).ToArray();
        var listens = own.Where(d => d.Name == "listen" && d.Arguments.Count > 0).Select(Listen).ToArray();
        var names = own.Where(d => d.Name == "server_name").SelectMany(d => d.Arguments).ToArray();
        return new NginxServer(block, listens, names, Locations(own), isStream);
    }

    private static NginxListen Listen(NginxDirective directive)
    {
        var first = directive.Arguments[0];
        var address = NginxAddress.Parse(first.Value);
        int? port = address.IsUnixSocket ? null : address.Port ?? (address.Host is not null && !first.HasVariables ? 80 : null);
        var flags = new HashSet<string>(directive.Arguments.Skip(1).Select(a => a.Value), StringComparer.Ordinal);
        return new NginxListen(first.Value, address.Host, port, flags.Contains("ssl"), flags.Contains("http2"), flags.Contains("quic"),
            flags.Contains("default_server") || flags.Contains("default"), first.Location, directive);
    }

    /// <summary>Every location of a server, nested ones included, in document order.</summary>
    private static IReadOnlyList<NginxLocation> Locations(IEnumerable<NginxDirective> serverDirectives)
    {
        var result = new List<NginxLocation>();
        var stack = new Stack<NginxDirective>(serverDirectives.Where(d => d.Name == "location" && d.IsBlock).Reverse());
        while (stack.Count > 0)
        {
            var block = stack.Pop();
            var own = Flatten(block.Children).ToArray();
            result.Add(Location(block, own));
            foreach (var nested in own.Where(d => d.Name == "location" && d.IsBlock).Reverse()) stack.Push(nested);
        }
        return result;
    }

    private static NginxLocation Location(NginxDirective block, IReadOnlyList<NginxDirective> own)
    {
        var (modifier, path) = LocationPath(block.Arguments);
        var pathLocation = block.Arguments.Count > 0 ? block.Arguments[block.Arguments.Count - 1].Location : block.NameLocation;
        var proxy = own.FirstOrDefault(d => d.Name == "proxy_pass" && d.Arguments.Count > 0);
        return new NginxLocation(modifier, path, pathLocation, block, proxy is null ? null : ProxyPass(proxy));
    }

    private static readonly string[] Modifiers = ["^~", "~*", "=", "~"];

    private static (string Modifier, string Path) LocationPath(IReadOnlyList<NginxArgument> arguments)
    {
        if (arguments.Count == 0) return (string.Empty, string.Empty);
        if (arguments.Count >= 2) return (arguments[0].Value, arguments[1].Value);
        var only = arguments[0].Value;
        var glued = Modifiers.FirstOrDefault(m => only.Length > m.Length && only.StartsWith(m, StringComparison.Ordinal));
        return glued is null ? (string.Empty, only) : (glued, only.Substring(glued.Length));
    }

    internal static NginxProxyPass ProxyPass(NginxDirective directive)
    {
        var argument = directive.Arguments[0];
        var target = argument.Value;
        var schemeEnd = target.IndexOf("://", StringComparison.Ordinal);
        var scheme = schemeEnd > 0 ? target.Substring(0, schemeEnd) : null;
        var rest = schemeEnd > 0 ? target.Substring(schemeEnd + 3) : target;
        if (rest.StartsWith("unix:", StringComparison.OrdinalIgnoreCase))
            return new NginxProxyPass(target, scheme, null, null, argument.HasVariables, true, argument.Location, directive);
        var slash = rest.IndexOf('/');
        var authority = slash >= 0 ? rest.Substring(0, slash) : rest;
        var address = NginxAddress.Parse(authority);
        return new NginxProxyPass(target, scheme, address.Host, address.Port, authority.IndexOf('$') >= 0, false, argument.Location, directive);
    }
}

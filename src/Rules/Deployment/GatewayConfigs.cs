using System;
using System.Collections.Generic;
using System.Linq;
using RedFire.Lint.Engine;
using RedFire.Lint.Nginx;
using RedFire.Lint.Sources;

namespace RedFire.Lint.Deployment;

/// <summary>Reads the nginx files bind-mounted into the gateway, each in the context its mount path gives it.</summary>
internal sealed class GatewayConfigs
{
    private const string MainConfig = "/etc/nginx/nginx.conf";
    private const string ConfD = "/etc/nginx/conf.d";

    private readonly LoadContext _context;

    public GatewayConfigs(LoadContext context) => _context = context;

    public IReadOnlyList<GatewayConfig> Of(DeployedService gateway)
    {
        var result = new List<GatewayConfig>();
        foreach (var mount in gateway.Volumes.Where(v => v.Type == MountType.Bind && v.SourceFullPath is not null && v.SourceExists))
        {
            var target = mount.Target.TrimEnd('/');
            if (_context.FileSystem.FileExists(mount.SourceFullPath!))
            {
                if (ContextOf(target) is { } fileContext && Read(mount.SourceFullPath!, target, fileContext, mount) is { } config) result.Add(config);
            }
            else if (target == ConfD)
            {
                foreach (var file in _context.FileSystem.EnumerateFiles(mount.SourceFullPath!).Where(f => f.EndsWith(".conf", StringComparison.Ordinal)).OrderBy(f => f, StringComparer.Ordinal))
                    if (Read(file, target + "/" + file.Substring(file.Replace('\\', '/').LastIndexOf('/') + 1), MountContext.Http, mount) is { } config) result.Add(config);
            }
        }
        return result;
    }

    private static MountContext? ContextOf(string target) =>
        target == MainConfig ? MountContext.Main
        : target.StartsWith(ConfD + "/", StringComparison.Ordinal) && target.EndsWith(".conf", StringComparison.Ordinal) ? MountContext.Http
        : target.StartsWith("/etc/nginx/", StringComparison.Ordinal) && target.EndsWith(".conf", StringComparison.Ordinal) ? MountContext.Unknown
        : null;

    private GatewayConfig? Read(string fullPath, string target, MountContext mountContext, VolumeMount mount)
    {
        var source = _context.GetSource(fullPath, FileKind.Nginx);
        if (source is null || source.IsUnreadable) return null;
        var config = _context.Models.Get<NginxConfig>().FirstOrDefault(c => c.Source.FullPath == fullPath) ?? NginxConfig.Load(source, _context);

        var misplaced = new List<MisplacedDirective>();
        var lacksEvents = false;
        if (mountContext != MountContext.Unknown)
        {
            var topLevel = mountContext == MountContext.Main ? NginxContext.Main : NginxContext.Http;
            if (topLevel != config.AssumedTopLevel)
            {
                var alreadyReported = new HashSet<NginxDirective>(config.ContextViolations(config.AssumedTopLevel).Select(v => v.Directive));
                misplaced.AddRange(config.ContextViolations(topLevel).Where(v => !alreadyReported.Contains(v.Directive))
                    .Select(v => new MisplacedDirective(v.Directive.Name, v.Directive.NameLocation, Describe(v.Context), string.Join(", ", v.Allowed.Select(Describe)))));
            }
            lacksEvents = topLevel == NginxContext.Main && config.Directives.Count > 0
                && !config.Walk(NginxContext.Main).Any(d => d.Context == NginxContext.Main && d.Directive.Name == "events");
        }

        var servers = config.Servers.Where(s => !s.IsStream).ToArray();
        return new GatewayConfig(source, target, mountContext, mount)
        {
            Misplaced = misplaced,
            LacksEvents = lacksEvents,
            FirstDirective = config.Directives.FirstOrDefault()?.NameLocation,
            Upstreams = config.Upstreams.Where(u => !u.IsStream).Select(u => new NginxUpstream(u.Name, u.NameLocation,
                u.Servers.Where(s => s.Host is not null).Select(s => new NginxServerAddress(s.Host!, s.Port, s.Location)).ToArray())).ToArray(),
            Listens = servers.SelectMany(s => s.Listens.Count > 0
                ? s.Listens.Select(l => new NginxListen(l.Port, l.Ssl, l.Location))
                : [new NginxListen(80, false, s.Directive.NameLocation)]).ToArray(),
            ProxyPasses = servers.SelectMany(s => s.Locations).Select(l => l.ProxyPass)
                .Where(p => p is { HasVariables: false, IsUnixSocket: false, Host: not null })
                .Select(p => new NginxProxyPass(p!.Scheme ?? "http", p.Host!, p.Port, p.Location)).ToArray(),
        };
    }

    private static string Describe(NginxContext context) => context switch
    {
        NginxContext.Main => "main (top level)",
        _ => context.ToString().ToLowerInvariant(),
    };
}

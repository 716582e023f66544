using System;
using System.Collections.Generic;
using System.Linq;
using RedFire.Lint.Sources;

namespace RedFire.Lint.Deployment;

/// <summary>
/// One place that states the port a service listens on. Places in a <see cref="Group"/> (all EXPOSE ports of an
/// image, all container ports of <c>ports:</c>) agree when any one of them is the port; others must each agree.
/// </summary>
public sealed record PortStatement(string Description, int Value, Location Location, string? Group = null);

/// <summary>Collects every place of a deployment that states a service's port.</summary>
public static class PortStatements
{
    private static readonly string[] PortVariables = ["SERVICE_PORT", "PORT"];

    public static IReadOnlyList<PortStatement> Of(DeploymentModel deployment, DeployedService service)
    {
        var result = new List<PortStatement>();
        foreach (var name in PortVariables)
            if (service.EnvironmentVariable(name) is { Value: { } text } variable && PortArguments.ParsePort(text.Trim()) is { } port)
                result.Add(new PortStatement($"environment {name}", port, variable.Location));

        foreach (var (port, word) in CommandPorts(service))
            result.Add(new PortStatement("the command's port option", port, word.Location));

        // ASP.NET Core listens on every port these name, so any one of them agreeing is enough.
        var aspNet = service.Environment.Where(e => e.Value is not null).Select(e => (e.Name, Value: e.Value!, e.Location))
            .Concat(service.Stage?.Chain.SelectMany(s => s.Environment).Select(e => (Name: e.Key, e.Value.Value, e.Value.Location)) ?? []);
        foreach (var (name, value, location) in aspNet)
            foreach (var port in AspNetCorePorts(name, value))
                result.Add(new PortStatement(service.Environment.Any(e => e.Location == location) ? $"environment {name}" : $"ENV {name}", port, location, AspNetCoreGroup));
        foreach (var (port, word) in UrlsOptionPorts(service))
            result.Add(new PortStatement("the command's --urls", port, word.Location, AspNetCoreGroup));

        if (service.Stage is { } stage)
            foreach (var exposed in stage.Expose)
                result.Add(new PortStatement($"EXPOSE in stage {stage.DisplayName}", exposed.Value, exposed.Location, "EXPOSE"));

        var check = service.HealthCheck ?? service.Stage?.HealthCheck;
        if (check is { Disabled: false })
            foreach (var word in check.Test)
                foreach (var (port, _) in PortArguments.FromUrls(word.Value, host => PortArguments.IsLocalHost(host) || host == service.Name))
                    result.Add(new PortStatement("the health check URL", port, word.Location));

        foreach (var mapping in service.Ports)
            if (mapping.ContainerPort is { } port)
                result.Add(new PortStatement("the container side of ports", port, mapping.ContainerLocation, "ports"));
        foreach (var exposed in service.Expose)
            result.Add(new PortStatement("expose", exposed.Value, exposed.Location, "expose"));

        // proxy_pass http://orders; names the upstream orders when one is defined (nginx looks upstreams up first),
        // whose servers state the port; only a host that is no upstream is reached on the URL's port.
        var upstreamNames = new HashSet<string>(deployment.GatewayConfigs.SelectMany(c => c.Upstreams).Select(u => u.Name), StringComparer.Ordinal);
        foreach (var config in deployment.GatewayConfigs)
        {
            foreach (var upstream in config.Upstreams)
                foreach (var server in upstream.Servers.Where(s => s.Host == service.Name))
                    result.Add(new PortStatement($"nginx upstream {upstream.Name}", server.Port ?? 80, server.Location));
            foreach (var proxy in config.ProxyPasses.Where(p => p.Host == service.Name && !upstreamNames.Contains(p.Host)))
                result.Add(new PortStatement("nginx proxy_pass", proxy.Port ?? (proxy.Scheme == "https" ? 443 : 80), proxy.Location));
        }
        return result;
    }

    private const string AspNetCoreGroup = "ASP.NET Core";

    /// <summary>
    /// The ports of ASP.NET Core's settings: <c>ASPNETCORE_HTTP_PORTS</c>/<c>ASPNETCORE_HTTPS_PORTS</c> (<c>;</c>-separated
    /// ports), <c>ASPNETCORE_URLS</c> (<c>;</c>-separated URLs such as <c>http://+:8080</c>) and <c>Kestrel__Endpoints__{name}__Url</c>.
    /// </summary>
    private static IEnumerable<int> AspNetCorePorts(string name, string value)
    {
        var parts = value.Split(';').Select(p => p.Trim()).Where(p => p.Length > 0);
        if (name is "ASPNETCORE_HTTP_PORTS" or "ASPNETCORE_HTTPS_PORTS")
            return parts.Select(PortArguments.ParsePort).Where(p => p is not null).Select(p => p!.Value);
        if (name == "ASPNETCORE_URLS" || IsKestrelEndpointUrl(name))
            return parts.SelectMany(p => PortArguments.FromUrls(p, _ => true)).Select(p => p.Port);
        return [];
    }

    private static bool IsKestrelEndpointUrl(string name) =>
        name.StartsWith("Kestrel__Endpoints__", StringComparison.OrdinalIgnoreCase) && name.EndsWith("__Url", StringComparison.OrdinalIgnoreCase);

    /// <summary><c>dotnet App.dll --urls http://+:8080</c> (or <c>--urls=…</c>): the ports of the URLs, at the word holding them.</summary>
    private static IEnumerable<(int Port, Located<string> Word)> UrlsOptionPorts(DeployedService service)
    {
        var entrypoint = service.Entrypoint ?? service.Stage?.Entrypoint?.Words ?? [];
        var command = service.Command ?? (service.Entrypoint is not null ? null : service.Stage?.Cmd?.Words) ?? [];
        var words = entrypoint.Concat(command).ToArray();
        for (var i = 0; i < words.Length; i++)
        {
            var word = words[i].Value;
            var valueWord = word == "--urls" && i + 1 < words.Length ? words[i + 1] : word.StartsWith("--urls=", StringComparison.Ordinal) ? words[i] : null;
            if (valueWord is null) continue;
            var urls = valueWord == words[i] ? word.Substring("--urls=".Length) : valueWord.Value;
            foreach (var port in AspNetCorePorts("ASPNETCORE_URLS", urls)) yield return (port, valueWord);
        }
    }

    /// <summary>
    /// Port options of what the container runs: compose <c>entrypoint</c> replaces the image's ENTRYPOINT and drops its
    /// CMD; compose <c>command</c> replaces CMD. Each word is reported where it is written.
    /// </summary>
    private static IEnumerable<(int Port, Located<string> Word)> CommandPorts(DeployedService service)
    {
        var entrypoint = service.Entrypoint ?? service.Stage?.Entrypoint?.Words ?? [];
        var command = service.Command ?? (service.Entrypoint is not null ? null : service.Stage?.Cmd?.Words) ?? [];
        return PortArguments.FromCommand(entrypoint.Concat(command).ToArray());
    }
}

using System.Linq;
using RedFire.Lint.Deployment;

namespace RedFire.Lint.Rules.Deployment;

/// <summary>
/// Each port the gateway publishes needs an nginx <c>listen</c> on its container side, and 443 a TLS one
/// (<c>listen 443 ssl</c>): otherwise connections are refused, or HTTPS clients get plain HTTP.
/// </summary>
public sealed class PublishedPortWithoutListenerRule : IRule<DeploymentModel>
{
    public string Id => RuleIds.PublishedPortWithoutListener;

    public void Check(DeploymentModel model, RuleContext context)
    {
        if (model.Gateway is not { } gateway || model.GatewayConfigs.Count == 0) return;
        var listens = model.GatewayConfigs.SelectMany(c => c.Listens).ToArray();
        var files = string.Join(", ", model.GatewayConfigs.Select(c => c.Source.Path).Distinct());
        var listening = string.Join(", ", listens.Select(l => l.Port + (l.Ssl ? " ssl" : "")).Distinct());
        foreach (var mapping in gateway.Ports)
        {
            if (mapping.ContainerPort is not { } port) continue;
            var matching = listens.Where(l => l.Port == port).ToArray();
            var needsTls = mapping.HostPort == "443" || port == 443;
            if (matching.Length == 0)
                context.Report(mapping.ContainerLocation,
                    $"{gateway.Name} publishes container port {port}, but nginx ({files}) listens only on {(listening.Length == 0 ? "nothing" : listening)}, so connections to it are refused.",
                    $"Add 'listen {port}{(needsTls ? " ssl" : "")};' to a server block, or stop publishing it.");
            else if (needsTls && !matching.Any(l => l.Ssl))
                context.Report(mapping.ContainerLocation,
                    $"{gateway.Name} publishes {mapping.HostPort ?? port.ToString()} for HTTPS, but nginx's listen {port} ({matching[0].Location.File}:{matching[0].Location.Line}) has no ssl, so HTTPS clients get plain HTTP and fail.",
                    $"Use 'listen {port} ssl;' with ssl_certificate and ssl_certificate_key.");
        }
    }
}

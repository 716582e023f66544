using System.Linq;
using RedFire.Lint.Nginx;

namespace RedFire.Lint.Rules.Nginx;

/// <summary>RF2553: <c>listen 443</c> without <c>ssl</c>: nginx speaks plain HTTP on the HTTPS port.</summary>
public sealed class NginxListen443WithoutSsl : IRule<NginxConfig>
{
    public string Id => RuleIds.NginxListen443WithoutSsl;

    public void Check(NginxConfig model, RuleContext context)
    {
        foreach (var server in model.Servers.Where(s => !s.IsStream))
        {
            // "ssl on;" (removed in nginx 1.25.1) turned TLS on for every listen of the server.
            if (server.OwnDirectives.Any(d => d.Name == "ssl" && d.FirstArgument == "on")) continue;
            foreach (var listen in server.Listens.Where(l => l.Port == 443 && !l.Ssl && !l.Quic))
                context.Report(listen.Location,
                    $"'listen {listen.Address}' has no 'ssl' parameter, so nginx serves plain HTTP on the HTTPS port and browsers fail with a protocol error.",
                    $"Write 'listen {listen.Address} ssl;' and set ssl_certificate and ssl_certificate_key in this server.");
        }
    }
}

using System;
using System.Linq;
using RedFire.Lint.Nginx;

namespace RedFire.Lint.Rules.Nginx;

/// <summary>
/// RF2555: SSLv2, SSLv3, TLS 1.0 and TLS 1.1 have published downgrade and decryption attacks (POODLE, BEAST) and
/// current browsers refuse them; keeping them on only helps an attacker who forces a downgrade.
/// </summary>
public sealed class NginxWeakTlsProtocol : IRule<NginxConfig>
{
    private static readonly string[] Weak = ["SSLv2", "SSLv3", "TLSv1", "TLSv1.1"];

    public string Id => RuleIds.NginxWeakTlsProtocol;

    public void Check(NginxConfig model, RuleContext context)
    {
        foreach (var (directive, _) in model.Walk())
        {
            if (directive.Name != "ssl_protocols") continue;
            var weak = directive.Arguments.Where(a => Weak.Contains(a.Value, StringComparer.Ordinal)).ToArray();
            if (weak.Length == 0) continue;
            var names = string.Join(", ", weak.Select(a => a.Value));
            context.Report(weak[0].Location,
                $"ssl_protocols allows {names}, which {(weak.Length == 1 ? "has" : "have")} known downgrade and decryption attacks; only TLSv1.2 and TLSv1.3 are expected.",
                $"Write 'ssl_protocols TLSv1.2 TLSv1.3;'.");
        }
    }
}

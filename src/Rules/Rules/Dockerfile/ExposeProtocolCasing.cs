using System;
using RedFire.Lint.Dockerfiles;

namespace RedFire.Lint.Rules.Dockerfile;

/// <summary>RF1024: EXPOSE protocol not in lower case (<c>80/TCP</c>), or not tcp/udp/sctp.</summary>
public sealed class ExposeProtocolCasing : IRule<DockerfileDocument>
{
    public string Id => RuleIds.ExposeProtocolCasing;

    public void Check(DockerfileDocument document, RuleContext context)
    {
        foreach (var stage in document.Stages)
            foreach (var port in stage.OwnExposedPorts)
            {
                if (port.Protocol is not { } protocol || !port.IsResolved) continue;
                var lower = protocol.ToLowerInvariant();
                if (lower is not ("tcp" or "udp" or "sctp"))
                    context.Report(port.Location, $"EXPOSE {port.Value} has protocol '{protocol}', expected tcp, udp or sctp.", $"Write /tcp, /udp or /sctp.");
                else if (!string.Equals(lower, protocol, StringComparison.Ordinal))
                    context.Report(port.Location, $"EXPOSE {port.Value} writes the protocol as '{protocol}', expected lower case '{lower}'.", $"Write '/{lower}'.");
            }
    }
}

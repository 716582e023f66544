using System;
using RedFire.Lint.Dockerfiles;

namespace RedFire.Lint.Rules.Dockerfile;

/// <summary>
/// RF1023: EXPOSE with an IP address or a host port (<c>127.0.0.1:80:80</c>, <c>8080:80</c>), or a value that is
/// no port at all. EXPOSE only documents container ports; publishing belongs to <c>docker run -p</c> / compose.
/// </summary>
public sealed class ExposeInvalidFormat : IRule<DockerfileDocument>
{
    public string Id => RuleIds.ExposeInvalidFormat;

    public void Check(DockerfileDocument document, RuleContext context)
    {
        foreach (var stage in document.Stages)
            {
                foreach (var port in stage.OwnExposedPorts)
                {
                    if (!port.IsResolved) continue;
                    if (port.HasAddress)
                        context.Report(port.Location, $"EXPOSE {port.Value} has an IP address or host port, which EXPOSE does not support.",
                            $"Expose the container port only ('EXPOSE {ContainerPart(port.Value)}') and publish it in compose or docker run.");
                    else if (!port.IsNumeric)
                        context.Report(port.Location, $"EXPOSE {port.Value} is not a port.", $"Write a number, a range (8000-8010), or either with /tcp or /udp.");
                }
            }
    }

    private static string ContainerPart(string value) => value.Substring(value.LastIndexOf(':') + 1);
}

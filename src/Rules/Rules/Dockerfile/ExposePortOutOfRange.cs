using RedFire.Lint.Dockerfiles;

namespace RedFire.Lint.Rules.Dockerfile;

/// <summary>RF1022: EXPOSE of a port above 65535 (or a range whose end is below its start).</summary>
public sealed class ExposePortOutOfRange : IRule<DockerfileDocument>
{
    public string Id => RuleIds.ExposePortOutOfRange;

    public void Check(DockerfileDocument document, RuleContext context)
    {
        foreach (var stage in document.Stages)
            foreach (var port in stage.OwnExposedPorts)
            {
                                if (port.Port is not { } low || port.EndPort is not { } high) continue;
                if (low > 65535 || high > 65535)
                    context.Report(port.Location, $"EXPOSE {port.Value} is out of range; ports go from 0 to 65535.", $"Fix the port number.");
                else if (high < low)
                    context.Report(port.Location, $"EXPOSE {port.Value} is a range that ends ({high}) before it starts ({low}).", $"Write '{high}-{low}'.");
            }
    }
}

using RedFire.Lint.Dockerfiles;

namespace RedFire.Lint.Rules.Dockerfile;

/// <summary>RF1044: EXPOSE 22: an SSH server in a container is a second way in; use docker exec instead.</summary>
public sealed class ExposeSshPort : IRule<DockerfileDocument>
{
    public string Id => RuleIds.ExposeSshPort;

    public void Check(DockerfileDocument document, RuleContext context)
    {
        foreach (var stage in document.Stages)
            foreach (var port in stage.OwnExposedPorts)
            {
                if (port.Port is not { } low || port.EndPort is not { } high) continue;
                if (low <= 22 && 22 <= high && port.Protocol?.ToLowerInvariant() is null or "tcp")
                    context.Report(port.Location, $"{document.Path}: EXPOSE {port.Value} exposes SSH (port 22); run no SSH server in the container — use docker exec / kubectl exec to get a shell");
            }
    }
}

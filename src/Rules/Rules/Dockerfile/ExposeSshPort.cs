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
                    context.Report(port.Location, $"EXPOSE {port.Value} exposes SSH (port 22), so the container runs an SSH server that must be patched and guarded.",
                        $"Remove the SSH server; use docker exec or kubectl exec to get a shell.");
            }
    }
}

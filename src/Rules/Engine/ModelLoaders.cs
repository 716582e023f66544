using System.Collections.Generic;

namespace RedFire.Lint.Engine;

/// <summary>
/// The pipeline from files to models, in order: each file kind's parser, then the models that join
/// files (compose projects need env files; the deployment needs everything). Dockerfiles come after the compose
/// projects, which tell which of them to keep as models for the join (<see cref="Dockerfiles.DockerfileLoader"/>).
/// </summary>
internal static class ModelLoaders
{
    public static IReadOnlyList<IModelLoader> All { get; } =
    [
        new Env.EnvFileLoader(),
        new CSharp.PortsClassLoader(),
        new Nginx.NginxLoader(),
        new Compose.Loading.ComposeLoader(),
        new Dockerfiles.DockerfileLoader(),
        new Dockerfiles.ShellCheck.ShellCheckLoader(),
        new Dockerfiles.BuiltDockerfileLoader(),
        new Secrets.ScannedSourceLoader(),
        new Deployment.ImageDockerfileLoader(),
        new Deployment.DeploymentLoader(),
        new Deployment.BuildContextUploadLoader(),
    ];
}

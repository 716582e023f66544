using RedFire.Lint.Dockerfiles;
using RedFire.Lint.Engine;

namespace RedFire.Lint.Deployment;

/// <summary>Adds the deployment's view of every parsed Dockerfile, for the "image cannot work" rules and the deployment join.</summary>
public sealed class ImageDockerfileLoader : IModelLoader
{
    public void Load(LoadContext context)
    {
        foreach (var image in context.ForEachFile(context.Models.Get<DockerfileDocument>(), d => d.Path, ImageDockerfileBuilder.Build))
            context.Models.Add(image);
    }
}

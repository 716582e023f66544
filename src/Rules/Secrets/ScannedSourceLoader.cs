using RedFire.Lint.Engine;

namespace RedFire.Lint.Secrets;

/// <summary>Offers every readable source of the run to the rules that scan raw text (<see cref="ScannedSource"/>).</summary>
public sealed class ScannedSourceLoader : IModelLoader
{
    public void Load(LoadContext context)
    {
        foreach (var source in context.Sources)
            if (!source.IsUnreadable) context.Models.Add(new ScannedSource(source));
    }
}

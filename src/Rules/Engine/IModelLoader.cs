namespace RedFire.Lint.Engine;

/// <summary>
/// One stage of the pipeline from files to models: parses some sources (or joins earlier models) and adds
/// the results to <see cref="LoadContext.Models"/>. Parse errors are findings, never exceptions.
/// </summary>
public interface IModelLoader
{
    void Load(LoadContext context);
}

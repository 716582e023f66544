using System.Linq;
using RedFire.Lint.Engine;
using RedFire.Lint.Rules;
using RedFire.Lint.Sources;

namespace RedFire.Lint.Env;

/// <summary>
/// Parses every env file of the run into an <see cref="EnvFile"/> model and reports its bad statements (RF0004).
/// The environment is not consulted: rules must not depend on the machine they run on.
/// </summary>
public sealed class EnvFileLoader : IModelLoader
{
    public void Load(LoadContext context)
    {
        var sources = context.SourcesOf(FileKind.Env).ToArray();
        foreach (var file in context.ForEachFile(sources, s => s.Path, s => EnvFileParser.Parse(s)))
        {
            foreach (var error in file.Errors)
                context.Report(RuleIds.EnvSyntax, error.Location, $"{error.Message}", $"{error.Help}");
            context.Models.Add(file);
        }
    }
}

using System;
using System.Collections.Generic;
using System.Linq;
using RedFire.Lint.Engine;
using RedFire.Lint.Rules;
using RedFire.Lint.Sources;

namespace RedFire.Lint.Nginx;

/// <summary>
/// Parses the run's nginx files (following relative includes) into one <see cref="NginxConfig"/> per root
/// file — a file another linted nginx file includes is checked inside its includer, in the includer's
/// context — plus one <see cref="NginxConfigSet"/>. Syntax errors and include cycles are RF0005. Templates that
/// are rendered into a configuration when the container starts are not configurations yet, and are not read.
/// </summary>
public sealed class NginxLoader : IModelLoader
{
    public void Load(LoadContext context)
    {
        var sources = context.SourcesOf(FileKind.Nginx).Where(s => !NginxTemplate.IsTemplate(s)).ToArray();
        var configs = context.ForEachFile(sources, s => s.Path, s => NginxConfig.Load(s, context));

        var roots = Roots(configs);
        foreach (var root in roots)
        {
            foreach (var error in root.Errors)
                context.Report(RuleIds.NginxSyntax, error.Location, $"{error.Message}", $"{error.Help}");
            context.Models.Add(root);
        }
        context.Models.Add(new NginxConfigSet(roots));
    }

    /// <summary>The configurations no other one includes; then, for include cycles, any file not covered yet.</summary>
    private static IReadOnlyList<NginxConfig> Roots(IReadOnlyList<NginxConfig> configs)
    {
        var includedElsewhere = new HashSet<string>(
            configs.SelectMany(c => c.Files.Skip(1).Where(f => f.FullPath != c.Source.FullPath).Select(f => f.FullPath)),
            StringComparer.Ordinal);
        var roots = configs.Where(c => !includedElsewhere.Contains(c.Source.FullPath)).ToList();
        var covered = new HashSet<string>(roots.SelectMany(r => r.Files).Select(f => f.FullPath), StringComparer.Ordinal);
        foreach (var config in configs)
        {
            if (covered.Contains(config.Source.FullPath)) continue;
            roots.Add(config);
            covered.UnionWith(config.Files.Select(f => f.FullPath));
        }
        return roots;
    }
}

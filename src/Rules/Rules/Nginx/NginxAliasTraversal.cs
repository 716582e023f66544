using System;
using System.Linq;
using RedFire.Lint.Nginx;

namespace RedFire.Lint.Rules.Nginx;

/// <summary>
/// RF2559: in <c>location /static { alias /srv/static/; }</c> nginx replaces "/static" by the alias, so
/// <c>/static../app.py</c> becomes <c>/srv/static/../app.py</c>: one directory up, outside what was meant to be
/// served. Only prefix locations are affected (a regex location's alias is built from captures).
/// </summary>
public sealed class NginxAliasTraversal : IRule<NginxConfig>
{
    public string Id => RuleIds.NginxAliasTraversal;

    public void Check(NginxConfig model, RuleContext context)
    {
        foreach (var location in model.Servers.SelectMany(s => s.Locations))
        {
            if (location.Modifier is not ("" or "^~") || location.Path.Length == 0 || location.Path.EndsWith("/", StringComparison.Ordinal)) continue;
            var alias = NginxModel.Flatten(location.Directive.Children).LastOrDefault(d => d.Name == "alias" && d.Arguments.Count > 0);
            if (alias is null || !alias.Arguments[0].Value.EndsWith("/", StringComparison.Ordinal)) continue;
            context.Report(location.PathLocation,
                $"location {location.Path} has no trailing slash but its alias {alias.Arguments[0].Value} has one, so '{location.Path}../' reaches the directory above the alias.",
                $"Write 'location {location.Path}/' (or drop the slash from the alias).");
        }
    }
}

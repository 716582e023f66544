using System;
using System.Collections.Generic;
using System.Linq;
using RedFire.Lint.Nginx;

namespace RedFire.Lint.Rules.Nginx;

/// <summary>
/// RF2554: nginx announces its version (Server header, error pages) unless <c>server_tokens off;</c> is set.
/// Reported at an explicit <c>server_tokens on|build</c>, else once per configuration at the first server that
/// inherits the default; a main nginx.conf of the run that sets it off in http covers the files in its folder and below.
/// </summary>
public sealed class NginxServerTokensOn : IRule<NginxConfigSet>
{
    public string Id => RuleIds.NginxServerTokensOn;

    public void Check(NginxConfigSet model, RuleContext context)
    {
        // Folders of main configurations that turn it off in http: they cover the conf.d files beside or below them.
        var coveringFolders = model.Configs
            .Where(c => c.AssumedTopLevel == NginxContext.Main && c.Walk().Any(d => d.Context == NginxContext.Http && IsOff(d.Directive)))
            .Select(c => Folder(c.Source.FullPath))
            .ToArray();

        foreach (var config in model.Configs)
        {
            var covered = config.AssumedTopLevel == NginxContext.Http
                && coveringFolders.Any(f => config.Source.FullPath.Replace('\\', '/').StartsWith(f, StringComparison.Ordinal));
            var reportedMissing = false;
            foreach (var (directive, scope) in ExplicitOrMissing(config, covered))
            {
                if (directive is not null)
                {
                    context.Report(directive.Arguments.Count > 0 ? directive.Arguments[0].Location : directive.NameLocation,
                        $"'server_tokens {directive.FirstArgument}' makes nginx send its version in the Server header and on error pages, which tells attackers which vulnerabilities to try; 'off' is expected.",
                        $"Write 'server_tokens off;'.");
                }
                else if (!reportedMissing)
                {
                    reportedMissing = true;
                    context.Report(scope.NameLocation,
                        $"server_tokens is not set and defaults to on, so nginx sends its version in the Server header and on error pages, which tells attackers which vulnerabilities to try.",
                        $"Add 'server_tokens off;' to the http block, or to this server.");
                }
            }
        }
    }

    /// <summary>
    /// For every http server whose effective server_tokens is not off: the directive that turns it on (null
    /// when it is the default) and where to report a missing one.
    /// </summary>
    private static IEnumerable<(NginxDirective? Directive, NginxDirective Scope)> ExplicitOrMissing(NginxConfig config, bool coveredByMainConfig)
    {
        foreach (var server in config.Servers.Where(s => !s.IsStream))
        {
            var own = server.OwnDirectives.LastOrDefault(IsServerTokens);
            var inherited = HttpLevel(config, server.Directive);
            var effective = own ?? inherited;
            if (effective is not null)
            {
                if (!IsOff(effective)) yield return (effective, server.Directive);
                continue;
            }
            if (!coveredByMainConfig) yield return (null, server.Directive.Parent ?? server.Directive);
        }
    }

    /// <summary>The server_tokens set at http level for a server: in its http block, or at the top of an http-level file.</summary>
    private static NginxDirective? HttpLevel(NginxConfig config, NginxDirective server)
    {
        var http = server.Parent;
        var siblings = http is null ? config.Directives : http.Children;
        return NginxModel.Flatten(siblings).LastOrDefault(IsServerTokens);
    }

    private static string Folder(string fullPath)
    {
        var normalized = fullPath.Replace('\\', '/');
        return normalized.Substring(0, normalized.LastIndexOf('/') + 1);
    }

    private static bool IsServerTokens(NginxDirective directive) => directive.Name == "server_tokens";

    private static bool IsOff(NginxDirective directive) => IsServerTokens(directive) && directive.FirstArgument == "off";
}

using System;
using System.Collections.Generic;
using System.Linq;
using RedFire.Lint.Deployment;

namespace RedFire.Lint.Rules.Deployment;

/// <summary>
/// Where a file is mounted decides the nginx context its top level lands in: <c>/etc/nginx/nginx.conf</c> is the
/// main context (only events, http, stream and process settings; an <c>events {}</c> block is required), while
/// <c>/etc/nginx/conf.d/*.conf</c> is included inside <c>http {}</c>. nginx refuses to start on a directive in the
/// wrong one.
/// </summary>
public sealed class NginxDirectiveInWrongContextRule : IRule<DeploymentModel>
{
    private static readonly HashSet<string> HttpOnly = new(StringComparer.Ordinal)
    {
        "server", "upstream", "location", "proxy_pass", "map", "geo", "limit_req_zone", "limit_conn_zone", "log_format",
        "access_log", "proxy_cache_path", "sendfile", "keepalive_timeout", "client_max_body_size", "gzip", "listen", "server_name",
        "root", "index", "add_header", "proxy_set_header", "ssl_certificate", "ssl_certificate_key", "default_type", "types",
    };

    private static readonly HashSet<string> MainOnly = new(StringComparer.Ordinal)
    {
        "events", "http", "stream", "mail", "worker_processes", "worker_rlimit_nofile", "pid", "user", "daemon",
        "master_process", "load_module", "env", "worker_cpu_affinity", "worker_priority", "pcre_jit", "thread_pool",
    };

    public string Id => RuleIds.NginxDirectiveInWrongContext;

    public void Check(DeploymentModel model, RuleContext context)
    {
        foreach (var config in model.GatewayConfigs)
        {
            var mount = $"{config.Source.Path} is mounted at {config.MountTarget} ({config.Mount.Location.File}:{config.Mount.Location.Line})";
            if (config.Context == NginxContext.Main)
            {
                foreach (var directive in config.TopLevelDirectives.Where(d => HttpOnly.Contains(d.Value)))
                    context.Report(directive.Location,
                        $"'{directive.Value}' is not allowed at the top level here: {mount}, nginx's main context, where nginx refuses it (\"{directive.Value}\" directive is not allowed here). Wrap the file's server and upstream blocks in http {{ … }} (with an events {{ }} block beside it), or mount the file at /etc/nginx/conf.d/default.conf instead.");
                if (config.TopLevelDirectives.Count > 0 && !config.TopLevelDirectives.Any(d => d.Value == "events"))
                    context.Report(config.TopLevelDirectives[0].Location,
                        $"{mount}, the main configuration, but has no events {{ }} block: nginx refuses to start (no \"events\" section in configuration). Add 'events {{ }}' at the top level.");
            }
            else if (config.Context == NginxContext.Http)
            {
                foreach (var directive in config.TopLevelDirectives.Where(d => MainOnly.Contains(d.Value)))
                    context.Report(directive.Location,
                        $"'{directive.Value}' is not allowed here: {mount}, which the image includes inside http {{ }}, and nginx refuses it there. Move it to the main nginx.conf, or mount this file as /etc/nginx/nginx.conf.");
            }
        }
    }
}

using System;
using System.Collections.Generic;
using System.Linq;
using static RedFire.Lint.Nginx.NginxContext;

namespace RedFire.Lint.Nginx;

/// <summary>
/// Where nginx accepts the common directives of the core, events, http core, rewrite, proxy, upstream, ssl,
/// gzip, headers, log, access, auth and limit modules (the "Context:" line of nginx's documentation).
/// Directives not listed (third-party modules, rare ones) are never reported. Checks are made only in the
/// contexts this table describes completely: main, events, http, server, location, if, upstream.
/// </summary>
public static class NginxDirectiveContexts
{
    private static readonly NginxContext[] Http_ = [Http];
    private static readonly NginxContext[] HttpServer = [Http, Server];
    private static readonly NginxContext[] HttpServerLocation = [Http, Server, Location];
    private static readonly NginxContext[] HttpServerLocationIf = [Http, Server, Location, IfInLocation];
    private static readonly NginxContext[] HttpServerLocationLimit = [Http, Server, Location, LimitExcept];
    private static readonly NginxContext[] ServerLocation = [Server, Location];
    private static readonly NginxContext[] Rewrite = [Server, Location, IfInServer, IfInLocation];
    private static readonly NginxContext[] MainOnly = [Main];
    private static readonly NginxContext[] EventsOnly = [Events];
    private static readonly NginxContext[] UpstreamOnly = [Upstream, StreamUpstream];
    private static readonly NginxContext[] Ssl = [Http, Server, Stream, StreamServer, Mail, MailServer];

    private static readonly Dictionary<string, NginxContext[]> Table = Build();

    /// <summary>The contexts that can be checked against <see cref="AllowedContexts"/>: the table knows every directive valid there.</summary>
    public static bool IsChecked(NginxContext context) => context is Main or Events or Http or Server or Location or IfInServer or IfInLocation or Upstream;

    /// <summary>The contexts nginx accepts <paramref name="directive"/> in, or null when the table does not know it.</summary>
    public static IReadOnlyList<NginxContext>? AllowedContexts(string directive) =>
        Table.TryGetValue(directive, out var contexts) ? contexts : null;

    private static readonly HashSet<string> BlockDirectives = new(StringComparer.Ordinal)
    {
        "events", "http", "stream", "mail", "server", "location", "upstream", "if", "limit_except", "map", "types", "geo",
        "split_clients", "charset_map", "match",
    };

    /// <summary>
    /// A directive the table knows to take no block: given one, nginx says it "is not terminated by ';'".
    /// (<c>server</c> takes a block in http and none in upstream: counted as a block directive.)
    /// </summary>
    public static bool IsKnownSimpleDirective(string directive) => Table.ContainsKey(directive) && !BlockDirectives.Contains(directive);

    /// <summary>Directives that only the main nginx.conf may hold: their presence at a file's top level marks it as one.</summary>
    public static bool IsMainOnly(string directive) =>
        Table.TryGetValue(directive, out var contexts) && contexts.Length == 1 && contexts[0] == Main;

    /// <summary>How nginx's documentation names a context.</summary>
    public static string Describe(NginxContext context) => context switch
    {
        Main => "main (top level of nginx.conf)",
        Events => "events",
        Http => "http",
        Server => "server",
        Location => "location",
        IfInServer => "if in server",
        IfInLocation => "if in location",
        LimitExcept => "limit_except",
        Upstream => "upstream",
        Stream => "stream",
        StreamServer => "stream server",
        StreamUpstream => "stream upstream",
        Mail => "mail",
        MailServer => "mail server",
        Data => "data block",
        _ => "unknown block",
    };

    public static string Describe(IEnumerable<NginxContext> contexts) => string.Join(", ", contexts.Select(Describe));

    private static Dictionary<string, NginxContext[]> Build()
    {
        var table = new Dictionary<string, NginxContext[]>(StringComparer.Ordinal);
        void Add(NginxContext[] contexts, params string[] names)
        {
            foreach (var name in names) table.Add(name, contexts);
        }

        // Core (main) and events.
        Add(MainOnly, "user", "worker_processes", "pid", "worker_rlimit_nofile", "worker_rlimit_core", "worker_cpu_affinity",
            "worker_priority", "worker_shutdown_timeout", "daemon", "master_process", "load_module", "pcre_jit", "thread_pool",
            "timer_resolution", "working_directory", "env", "lock_file", "ssl_engine", "events", "http", "stream", "mail");
        Add([Main, Http, Server, Location, Stream, StreamServer, Mail, MailServer], "error_log");
        Add(EventsOnly, "worker_connections", "use", "multi_accept", "accept_mutex", "accept_mutex_delay", "worker_aio_requests", "debug_connection");

        // Blocks.
        Add([Http, Upstream, Stream, StreamUpstream, Mail], "server");
        Add(ServerLocation, "location");
        Add([Http, Stream], "upstream", "map", "geo", "split_clients", "log_format");
        Add([Server, Location], "if");
        Add([Location], "limit_except", "alias", "internal");
        Add(HttpServerLocation, "types");

        // http core.
        Add([Server, StreamServer, MailServer], "listen");
        Add([Server, StreamServer, Mail, MailServer], "server_name");
        Add(HttpServerLocationIf, "root", "error_page", "sendfile", "limit_rate", "ssi", "source_charset", "override_charset");
        Add([Http, Server, Location, Upstream], "keepalive_timeout", "keepalive_requests", "keepalive_time");
        Add(HttpServerLocation, "index", "default_type", "tcp_nopush",
            "client_max_body_size", "client_body_buffer_size", "client_body_timeout", "client_body_temp_path", "send_timeout",
            "server_tokens", "types_hash_max_size", "types_hash_bucket_size", "autoindex", "satisfy", "open_file_cache",
            "open_file_cache_valid", "open_file_cache_min_uses", "open_file_cache_errors", "server_name_in_redirect",
            "port_in_redirect", "absolute_redirect", "etag", "if_modified_since", "directio", "output_buffers", "aio",
            "sendfile_max_chunk", "reset_timedout_connection", "log_not_found", "log_subrequest", "msie_padding",
            "chunked_transfer_encoding", "recursive_error_pages", "real_ip_header", "set_real_ip_from", "real_ip_recursive",
            "sub_filter", "sub_filter_once", "sub_filter_types", "charset_types");
        Add([Http, Server, Location, Stream, StreamServer], "tcp_nodelay");
        Add([Http, Server, Location, Upstream, Stream, StreamServer, StreamUpstream, Mail, MailServer], "resolver", "resolver_timeout");
        Add(HttpServer, "client_header_buffer_size", "client_header_timeout", "large_client_header_buffers",
            "underscores_in_headers", "ignore_invalid_headers", "merge_slashes", "http2");
        Add(Http_, "server_names_hash_bucket_size", "server_names_hash_max_size", "variables_hash_max_size",
            "variables_hash_bucket_size", "limit_req_zone", "limit_conn_zone", "proxy_cache_path", "map_hash_max_size",
            "map_hash_bucket_size");
        Add(HttpServerLocationIf, "charset", "gzip", "add_header", "add_trailer", "expires");
        Add(HttpServerLocation, "gzip_types", "gzip_comp_level", "gzip_min_length", "gzip_vary", "gzip_proxied", "gzip_disable",
            "gzip_http_version", "gzip_buffers", "gzip_static");
        Add([Http, Server, Location, IfInLocation, LimitExcept, Stream, StreamServer], "access_log");
        Add([Http, Server, Location, LimitExcept, Stream, StreamServer], "allow", "deny");
        Add(HttpServerLocationLimit, "auth_basic", "auth_basic_user_file");
        Add(HttpServerLocation, "auth_request", "auth_request_set", "limit_req", "limit_req_status", "limit_req_log_level");
        Add([Http, Server, Location, Stream, StreamServer], "limit_conn");
        Add(HttpServerLocation, "limit_conn_status", "limit_conn_log_level");

        // rewrite.
        Add([Server, Location, IfInServer, IfInLocation, StreamServer], "return", "set");
        Add(Rewrite, "rewrite", "break");
        Add([Http, Server, Location, IfInServer, IfInLocation], "rewrite_log", "uninitialized_variable_warn");

        // proxy, fastcgi, uwsgi, grpc.
        Add([Location, IfInLocation, LimitExcept, StreamServer], "proxy_pass");
        Add([Location, IfInLocation], "fastcgi_pass", "uwsgi_pass", "grpc_pass", "scgi_pass", "memcached_pass");
        Add(HttpServerLocation, "proxy_set_header", "proxy_http_version", "proxy_read_timeout", "proxy_send_timeout",
            "proxy_buffering", "proxy_buffers", "proxy_busy_buffers_size", "proxy_redirect", "proxy_hide_header", "proxy_pass_header",
            "proxy_pass_request_body", "proxy_pass_request_headers", "proxy_set_body", "proxy_cache", "proxy_cache_valid",
            "proxy_cache_key", "proxy_cache_bypass", "proxy_no_cache", "proxy_cache_lock", "proxy_cache_lock_timeout",
            "proxy_cache_use_stale", "proxy_cache_revalidate", "proxy_cache_background_update", "proxy_cache_methods",
            "proxy_cache_min_uses", "proxy_intercept_errors", "proxy_request_buffering", "proxy_max_temp_file_size",
            "proxy_temp_file_write_size", "proxy_temp_path", "proxy_ignore_headers", "proxy_cookie_path", "proxy_cookie_domain",
            "proxy_cookie_flags", "proxy_headers_hash_max_size", "proxy_headers_hash_bucket_size", "proxy_ignore_client_abort",
            "proxy_method", "proxy_store", "proxy_store_access",
            "fastcgi_param", "fastcgi_index", "fastcgi_split_path_info", "fastcgi_read_timeout", "fastcgi_buffers",
            "fastcgi_buffer_size", "fastcgi_intercept_errors", "uwsgi_param", "uwsgi_read_timeout", "grpc_set_header",
            "grpc_read_timeout", "grpc_send_timeout");
        Add([Http, Server, Location, Stream, StreamServer], "proxy_connect_timeout", "proxy_buffer_size", "proxy_next_upstream",
            "proxy_next_upstream_tries", "proxy_next_upstream_timeout", "proxy_bind", "proxy_socket_keepalive", "proxy_ssl_certificate",
            "proxy_ssl_certificate_key", "proxy_ssl_ciphers", "proxy_ssl_protocols", "proxy_ssl_server_name", "proxy_ssl_name",
            "proxy_ssl_session_reuse", "proxy_ssl_trusted_certificate", "proxy_ssl_verify", "proxy_ssl_verify_depth",
            "proxy_ssl_password_file", "proxy_ssl_crl", "proxy_ssl_conf_command");

        // upstream.
        Add([Upstream], "keepalive", "ip_hash");
        Add(UpstreamOnly, "least_conn", "hash", "zone", "random");

        // ssl.
        Add(Ssl, "ssl_certificate", "ssl_certificate_key", "ssl_protocols", "ssl_ciphers", "ssl_prefer_server_ciphers",
            "ssl_session_cache", "ssl_session_timeout", "ssl_session_tickets", "ssl_session_ticket_key", "ssl_dhparam",
            "ssl_ecdh_curve", "ssl_password_file", "ssl_client_certificate", "ssl_trusted_certificate", "ssl_verify_client",
            "ssl_verify_depth", "ssl_crl", "ssl_conf_command");
        Add([Http, Server], "ssl", "ssl_stapling", "ssl_stapling_verify", "ssl_stapling_file", "ssl_stapling_responder",
            "ssl_buffer_size", "ssl_early_data", "ssl_reject_handshake");
        Add(ServerLocation, "stub_status");
        return table;
    }
}

namespace RedFire.Lint.Nginx;

/// <summary>
/// The block a directive sits in, as nginx's documentation names contexts ("http", "server", "if in location"…).
/// A file's top level is <see cref="Main"/> for the main nginx.conf and <see cref="Http"/> for a file that the
/// stock nginx.conf includes inside <c>http { }</c> (conf.d/*.conf).
/// </summary>
public enum NginxContext
{
    Main,
    Events,
    Http,
    Server,
    Location,
    IfInServer,
    IfInLocation,
    LimitExcept,
    Upstream,
    Stream,
    StreamServer,
    StreamUpstream,
    Mail,
    MailServer,

    /// <summary>Inside map, types, geo, split_clients, charset_map, match: the lines are data, not directives.</summary>
    Data,

    /// <summary>Inside a block this linter does not know (a third-party module's): not checked.</summary>
    Unknown,
}

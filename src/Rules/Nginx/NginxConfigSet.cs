using System.Collections.Generic;

namespace RedFire.Lint.Nginx;

/// <summary>
/// Every nginx configuration of a run, for rules that look across files: nginx reads all conf.d/*.conf into
/// one http context, so an upstream defined in one file serves a proxy_pass in another.
/// </summary>
public sealed class NginxConfigSet
{
    internal NginxConfigSet(IReadOnlyList<NginxConfig> configs) => Configs = configs;

    public IReadOnlyList<NginxConfig> Configs { get; }
}

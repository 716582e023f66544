using System.Text;
using RedFire.Lint.Compose;
using RedFire.Lint.Compose.Yaml;

namespace RedFire.Lint.Rules.Compose;

/// <summary>Which host interface a published port listens on.</summary>
internal static class PortHost
{
    /// <summary>
    /// True when the mapping publishes a host port on every interface: no host IP, <c>0.0.0.0</c> or <c>::</c>. A
    /// variable in the host position (<c>${BIND_IP:-127.0.0.1}:8080:80</c>, <c>$HOST:$PORT:80</c>) counts as bound:
    /// the address is chosen at deploy time, and an unset one is reported by the interpolation rules.
    /// </summary>
    public static bool ListensEverywhere(ComposePort port)
    {
        if (port.HostIp is { } host && host.Value.Length > 0) return IsWildcard(host.Value);
        return !HostWrittenAsVariable(port);
    }

    public static bool IsWildcard(string address) => address.Trim('[', ']') is "0.0.0.0" or "::" or "";

    private static bool HostWrittenAsVariable(ComposePort port)
    {
        if (port.Node is YamlMapping map) return map["host_ip"] is YamlScalar hostIp && hostIp.Raw.Contains("$");
        if (port.Node is not YamlScalar scalar || !scalar.Raw.Contains("$")) return false;
        // Replace each variable by one letter so the colons inside ${VAR:-default} do not count, then take the host part.
        var text = WithoutVariables(scalar.Raw);
        var slash = text.LastIndexOf('/');
        if (slash >= 0) text = text.Substring(0, slash);
        var parts = text.Split(':');
        return parts.Length >= 3 && string.Join(":", parts, 0, parts.Length - 2).Contains("\u0001");
    }

    private static string WithoutVariables(string raw)
    {
        var result = new StringBuilder(raw.Length);
        for (var i = 0; i < raw.Length; i++)
        {
            if (raw[i] != '$' || i + 1 >= raw.Length) { result.Append(raw[i]); continue; }
            if (raw[i + 1] == '$') { result.Append("$$"); i++; continue; }
            if (raw[i + 1] == '{')
            {
                var depth = 0;
                var j = i + 1;
                for (; j < raw.Length; j++)
                {
                    if (raw[j] == '{') depth++;
                    else if (raw[j] == '}' && --depth == 0) break;
                }
                result.Append('\u0001');
                i = j;
                continue;
            }
            var k = i + 1;
            while (k < raw.Length && (char.IsLetterOrDigit(raw[k]) || raw[k] == '_')) k++;
            if (k == i + 1) { result.Append('$'); continue; }
            result.Append('\u0001');
            i = k - 1;
        }
        return result.ToString();
    }
}

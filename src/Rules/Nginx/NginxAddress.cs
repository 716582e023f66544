using System;
using System.Globalization;

namespace RedFire.Lint.Nginx;

/// <summary>A host and port as nginx writes them: <c>host:port</c>, <c>[::1]:443</c>, <c>8080</c>, <c>host</c>, <c>unix:/path</c>.</summary>
/// <param name="Host">The host (IPv6 without brackets), or null when only a port was written.</param>
/// <param name="Port">The port, or null when none was written (callers apply nginx's default).</param>
/// <param name="IsUnixSocket">A <c>unix:</c> path, which has neither host nor port.</param>
public sealed record NginxAddress(string? Host, int? Port, bool IsUnixSocket)
{
    public static NginxAddress Parse(string text)
    {
        if (text.StartsWith("unix:", StringComparison.OrdinalIgnoreCase)) return new NginxAddress(null, null, true);
        if (text.StartsWith("[", StringComparison.Ordinal))
        {
            var close = text.IndexOf(']');
            if (close < 0) return new NginxAddress(text, null, false);
            var host = text.Substring(1, close - 1);
            return new NginxAddress(host, close + 2 < text.Length && text[close + 1] == ':' ? ParsePort(text.Substring(close + 2)) : null, false);
        }
        var colon = text.LastIndexOf(':');
        if (colon >= 0) return new NginxAddress(text.Substring(0, colon), ParsePort(text.Substring(colon + 1)), false);
        var port = ParsePort(text);
        return port is not null ? new NginxAddress(null, port, false) : new NginxAddress(text, null, false);
    }

    private static int? ParsePort(string text) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var port) && port is >= 0 and <= 65535 ? port : null;
}

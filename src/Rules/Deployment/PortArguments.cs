using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text.RegularExpressions;
using RedFire.Lint.Sources;

namespace RedFire.Lint.Deployment;

/// <summary>Ports that command lines and URLs state: <c>--port 8006</c>, <c>-b 0.0.0.0:8006</c>, <c>http://localhost:8006/health</c>.</summary>
public static class PortArguments
{
    private static readonly Regex Url = new(@"\b(?<scheme>https?)://(?<host>\[[^\]/]*\]|[^/:\s'""?#]+)(?::(?<port>\d{1,5}))?",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);

    /// <summary>The port each <c>--port</c>/<c>-p</c>/<c>--bind</c>/<c>-b</c> option of a command gives (the word holding the number).</summary>
    public static IEnumerable<(int Port, Located<string> Word)> FromCommand(IReadOnlyList<Located<string>> words)
    {
        for (var i = 0; i < words.Count; i++)
        {
            var word = words[i].Value;
            var (option, inlineValue) = SplitOption(word);
            if (option is null) continue;
            var valueWord = inlineValue is not null ? words[i] : i + 1 < words.Count ? words[i + 1] : null;
            var value = inlineValue ?? valueWord?.Value;
            if (valueWord is null || value is null) continue;
            var port = option is "--bind" or "-b" ? PortOfAddress(value) : ParsePort(value);
            if (port is { } p) yield return (p, valueWord);
        }
    }

    /// <summary>Every http(s) URL in a word whose host is one of <paramref name="hosts"/>, with its port (80/443 when omitted).</summary>
    public static IEnumerable<(int Port, bool Explicit)> FromUrls(string word, Func<string, bool> hosts)
    {
        foreach (Match match in Url.Matches(word))
        {
            var host = match.Groups["host"].Value.Trim('[', ']');
            if (!hosts(host)) continue;
            if (match.Groups["port"].Success)
            {
                if (ParsePort(match.Groups["port"].Value) is { } port) yield return (port, true);
            }
            else
            {
                yield return (string.Equals(match.Groups["scheme"].Value, "https", StringComparison.OrdinalIgnoreCase) ? 443 : 80, false);
            }
        }
    }

    /// <summary>The host of the first http(s)-like URL in a value (<c>redis://:pw@redis:6379/0</c> → redis), or null.</summary>
    public static string? HostOfUrl(string value)
    {
        var match = Regex.Match(value, @"^[a-zA-Z][a-zA-Z0-9+.-]*://(?:[^@/]*@)?(?<host>\[[^\]]*\]|[^/:?#]+)", RegexOptions.CultureInvariant);
        return match.Success ? match.Groups["host"].Value.Trim('[', ']') : null;
    }

    public static bool IsLocalHost(string host) =>
        host is "localhost" or "127.0.0.1" or "0.0.0.0" or "::1" or "::" || host.StartsWith("127.", StringComparison.Ordinal);

    public static int? ParsePort(string text) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var port) && port is > 0 and <= 65535 ? port : null;

    /// <summary><c>host:port</c>, <c>:port</c>, <c>[::]:port</c> → port; a unix socket or a bare host → null.</summary>
    public static int? PortOfAddress(string address)
    {
        var colon = address.LastIndexOf(':');
        return colon < 0 || address.StartsWith("unix:", StringComparison.Ordinal) ? null : ParsePort(address.Substring(colon + 1));
    }

    private static (string? Option, string? InlineValue) SplitOption(string word)
    {
        foreach (var option in new[] { "--port", "--bind", "-p", "-b" })
        {
            if (word == option) return (option, null);
            if (option.StartsWith("--", StringComparison.Ordinal) && word.StartsWith(option + "=", StringComparison.Ordinal))
                return (option, word.Substring(option.Length + 1));
        }
        return (null, null);
    }
}

using System.Collections.Generic;
using System.Globalization;
using RedFire.Lint.Compose.Yaml;

namespace RedFire.Lint.Compose;

/// <summary>A port number or range (<c>8000-8010</c>).</summary>
public readonly record struct PortRange(int Start, int End)
{
    public bool Contains(int port) => port >= Start && port <= End;

    public static PortRange? Parse(string? text)
    {
        if (string.IsNullOrEmpty(text)) return null;
        var dash = text!.IndexOf('-');
        if (dash < 0) return Number(text) is { } single ? new PortRange(single, single) : null;
        return Number(text.Substring(0, dash)) is { } start && Number(text.Substring(dash + 1)) is { } end ? new PortRange(start, end) : null;
    }

    private static int? Number(string text) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n <= 65535 ? n : null;

    public override string ToString() => Start == End ? Start.ToString(CultureInfo.InvariantCulture) : $"{Start}-{End}";
}

/// <summary>
/// One entry of <c>ports</c>, short (<c>"127.0.0.1:8080:80/tcp"</c>) or long (<c>{target, published, host_ip, protocol}</c>)
/// syntax; every part is a scalar with its own position (parts of a short-syntax string point inside it).
/// </summary>
public sealed record ComposePort(YamlNode Node)
{
    public bool IsLongSyntax => Node is YamlMapping;

    public YamlScalar? HostIp { get; init; }

    /// <summary>The host port or range; null when Compose picks one (only the target given).</summary>
    public YamlScalar? Published { get; init; }

    public YamlScalar? Target { get; init; }

    public YamlScalar? Protocol { get; init; }

    public YamlScalar? Mode { get; init; }

    public PortRange? PublishedPorts => PortRange.Parse(Published?.Value);

    public PortRange? TargetPorts => PortRange.Parse(Target?.Value);

    public string ProtocolName => Protocol?.Value is { Length: > 0 } p ? p : "tcp";

    public static IReadOnlyList<ComposePort> ListFrom(YamlNode? node)
    {
        var result = new List<ComposePort>();
        if (node is not YamlSequence list) return result;
        foreach (var item in list.Items)
        {
            if (item is YamlMapping map)
            {
                result.Add(new ComposePort(map)
                {
                    HostIp = YamlViews.Scalar(map, "host_ip"),
                    Published = YamlViews.Scalar(map, "published"),
                    Target = YamlViews.Scalar(map, "target"),
                    Protocol = YamlViews.Scalar(map, "protocol"),
                    Mode = YamlViews.Scalar(map, "mode"),
                });
            }
            else if (item is YamlScalar { IsNull: false } scalar)
            {
                result.Add(ParseShort(scalar));
            }
        }
        return result;
    }

    /// <summary><c>[[HOST_IP:]PUBLISHED:]TARGET[/PROTOCOL]</c>; IPv6 host addresses may be bracketed.</summary>
    private static ComposePort ParseShort(YamlScalar scalar)
    {
        var text = scalar.Value;
        var slash = text.LastIndexOf('/');
        YamlScalar? protocol = null;
        var end = text.Length;
        if (slash >= 0)
        {
            protocol = Part(scalar, slash + 1, text.Length - slash - 1);
            end = slash;
        }
        var lastColon = text.LastIndexOf(':', end - 1 < 0 ? 0 : end - 1);
        if (lastColon < 0 || end == 0)
            return new ComposePort(scalar) { Target = Part(scalar, 0, end), Protocol = protocol };

        var target = Part(scalar, lastColon + 1, end - lastColon - 1);
        var hostColon = lastColon == 0 ? -1 : text.LastIndexOf(':', lastColon - 1);
        // "::1:8080:80" style IPv6 without brackets: the host part is everything before the published port.
        var published = Part(scalar, hostColon + 1, lastColon - hostColon - 1);
        YamlScalar? hostIp = null;
        if (hostColon > 0)
        {
            var hostStart = 0;
            var hostLength = hostColon;
            if (text[0] == '[' && text[hostColon - 1] == ']')
            {
                hostStart = 1;
                hostLength = hostColon - 2;
            }
            hostIp = Part(scalar, hostStart, hostLength);
        }
        return new ComposePort(scalar)
        {
            HostIp = hostIp,
            Published = published.Value.Length == 0 ? null : published,
            Target = target,
            Protocol = protocol,
        };
    }

    /// <summary>A part cut from the interpolated value; its raw text matches when nothing was interpolated.</summary>
    private static YamlScalar Part(YamlScalar scalar, int start, int length)
    {
        var exact = scalar.Raw == scalar.Value;
        return scalar.Part(start, length, exact ? start : -1, exact ? length : 0);
    }
}

using System.Collections.Generic;
using RedFire.Lint.Compose.Yaml;

namespace RedFire.Lint.Compose;

public enum VolumeMountType
{
    /// <summary>A named volume (declared under top-level <c>volumes</c>).</summary>
    Volume,
    /// <summary>A host path (relative paths start with <c>.</c>).</summary>
    Bind,
    Tmpfs,
    /// <summary>A volume with only a container path: Docker creates an anonymous one.</summary>
    Anonymous,
    Npipe,
    Cluster,
    Image,
}

/// <summary>
/// One entry of a service's <c>volumes</c>: short (<c>./data:/var/lib/data:ro</c>) or long syntax
/// (<c>{type, source, target, read_only, bind, volume, tmpfs}</c>), with positions of source and target.
/// </summary>
public sealed record ComposeVolumeMount(YamlNode Node, VolumeMountType Type)
{
    public YamlScalar? Source { get; init; }

    public YamlScalar? Target { get; init; }

    /// <summary>Short-syntax mode (<c>ro</c>, <c>rw</c>, <c>z</c>, …) or null.</summary>
    public YamlScalar? Mode { get; init; }

    public bool ReadOnly { get; init; }

    /// <summary>The long syntax's mapping, for options not modelled here (<c>bind.propagation</c>, <c>tmpfs.size</c>).</summary>
    public YamlMapping? Options => Node as YamlMapping;

    public static IReadOnlyList<ComposeVolumeMount> ListFrom(YamlNode? node)
    {
        var result = new List<ComposeVolumeMount>();
        if (node is not YamlSequence list) return result;
        foreach (var item in list.Items)
        {
            if (item is YamlMapping map) result.Add(Long(map));
            else if (item is YamlScalar { IsNull: false } scalar) result.Add(Short(scalar));
        }
        return result;
    }

    private static ComposeVolumeMount Long(YamlMapping map)
    {
        var source = YamlViews.Scalar(map, "source");
        var type = YamlViews.Scalar(map, "type")?.Value switch
        {
            "bind" => VolumeMountType.Bind,
            "tmpfs" => VolumeMountType.Tmpfs,
            "npipe" => VolumeMountType.Npipe,
            "cluster" => VolumeMountType.Cluster,
            "image" => VolumeMountType.Image,
            _ => source is null ? VolumeMountType.Anonymous : VolumeMountType.Volume,
        };
        return new ComposeVolumeMount(map, type)
        {
            Source = source,
            Target = YamlViews.Scalar(map, "target"),
            ReadOnly = YamlViews.Scalar(map, "read_only")?.AsBoolean == true,
        };
    }

    /// <summary><c>[SOURCE:]TARGET[:MODE]</c>; a Windows drive letter (<c>C:\</c>) is part of the source.</summary>
    private static ComposeVolumeMount Short(YamlScalar scalar)
    {
        var text = scalar.Value;
        var cuts = new List<int>();
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] != ':') continue;
            var driveLetter = i == 1 && char.IsLetter(text[0]) && i + 1 < text.Length && (text[i + 1] == '\\' || text[i + 1] == '/');
            if (!driveLetter) cuts.Add(i);
        }
        if (cuts.Count == 0)
            return new ComposeVolumeMount(scalar, VolumeMountType.Anonymous) { Target = Part(scalar, 0, text.Length) };

        var source = Part(scalar, 0, cuts[0]);
        var targetEnd = cuts.Count > 1 ? cuts[1] : text.Length;
        var target = Part(scalar, cuts[0] + 1, targetEnd - cuts[0] - 1);
        var mode = cuts.Count > 1 ? Part(scalar, cuts[1] + 1, text.Length - cuts[1] - 1) : null;
        var isPath = source.Value.StartsWith(".") || source.Value.StartsWith("/") || source.Value.StartsWith("~")
            || source.Value.StartsWith("$") || source.Value.Contains("\\") || (source.Value.Length > 1 && source.Value[1] == ':');
        return new ComposeVolumeMount(scalar, isPath ? VolumeMountType.Bind : VolumeMountType.Volume)
        {
            Source = source,
            Target = target,
            Mode = mode,
            ReadOnly = mode is not null && ("," + mode.Value + ",").Contains(",ro,"),
        };
    }

    private static YamlScalar Part(YamlScalar scalar, int start, int length)
    {
        var exact = scalar.Raw == scalar.Value;
        return scalar.Part(start, length, exact ? start : -1, exact ? length : 0);
    }
}

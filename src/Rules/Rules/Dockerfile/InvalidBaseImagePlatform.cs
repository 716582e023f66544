using System;
using System.Collections.Generic;
using System.Linq;
using RedFire.Lint.Dockerfiles;

namespace RedFire.Lint.Rules.Dockerfile;

/// <summary>
/// RF1073: <c>FROM --platform=linux/arm64 amd64/alpine</c>: the image's name says one architecture (Docker's
/// per-architecture namespaces such as <c>arm64v8/</c>, or a tag ending in <c>-amd64</c>), the constant platform
/// another. BuildKit checks the pulled manifest; without a registry, the name is what can be read.
/// </summary>
public sealed class InvalidBaseImagePlatform : IRule<DockerfileDocument>
{
    /// <summary>Architecture words in image names and platform strings, by the GOARCH BuildKit compares.</summary>
    private static readonly Dictionary<string, string> Architectures = new(StringComparer.OrdinalIgnoreCase)
    {
        ["amd64"] = "amd64", ["x86_64"] = "amd64", ["arm64"] = "arm64", ["arm64v8"] = "arm64", ["aarch64"] = "arm64",
        ["arm32v5"] = "arm", ["arm32v6"] = "arm", ["arm32v7"] = "arm", ["armv7"] = "arm", ["armhf"] = "arm", ["arm"] = "arm",
        ["i386"] = "386", ["386"] = "386", ["ppc64le"] = "ppc64le", ["s390x"] = "s390x", ["riscv64"] = "riscv64", ["mips64le"] = "mips64le",
    };

    /// <summary>Docker Hub's per-architecture namespaces of the official images.</summary>
    private static readonly string[] Namespaces = ["amd64", "arm64v8", "arm32v5", "arm32v6", "arm32v7", "i386", "ppc64le", "s390x", "riscv64", "mips64le"];

    public string Id => RuleIds.InvalidBaseImagePlatform;

    public void Check(DockerfileDocument document, RuleContext context)
    {
        foreach (var stage in document.Stages)
        {
            if (stage.Platform?.Value is not { Length: > 0 } platform || platform.Contains("$") || stage.BaseImage is not { } image || stage.BaseWord is not { } word) continue;
            var parts = platform.Split('/');
            if (parts.Length < 2 || !Architectures.TryGetValue(parts[1], out var wanted)) continue;
            if (ArchitectureOf(image) is not { } actual || actual == wanted) continue;
            context.Report(word.Location,
                $"'{image.Text}' is an {actual} image, but FROM --platform={platform} asks for {wanted}, so the stage runs the wrong architecture or fails to pull.",
                $"Use the {wanted} image (or a multi-platform tag), or change --platform.");
        }
    }

    /// <summary>The architecture an image's name pins: its namespace (<c>arm64v8/alpine</c>) or its tag's last part (<c>app:1.2-amd64</c>).</summary>
    private static string? ArchitectureOf(ImageReference image)
    {
        var repository = image.Repository.StartsWith("library/", StringComparison.Ordinal) ? image.Repository.Substring(8) : image.Repository;
        var slash = repository.IndexOf('/');
        if (slash > 0 && Array.IndexOf(Namespaces, repository.Substring(0, slash)) >= 0) return Architectures[repository.Substring(0, slash)];
        var tagEnd = image.Tag?.Split('-', '_').LastOrDefault();
        return tagEnd is not null && image.Tag!.Length > tagEnd.Length && Architectures.TryGetValue(tagEnd, out var byTag) ? byTag : null;
    }
}

using System;
using System.Linq;

namespace RedFire.Lint.Deployment;

/// <summary>
/// Decides a base image's distribution from its name and tag, for what is knowable without pulling it:
/// <c>-alpine</c> tags and alpine images are Alpine, Debian code names, <c>-slim</c> and the Debian-based
/// official language images are Debian, and so on. Anything else is <see cref="ImageFamily.Unknown"/>.
/// </summary>
public static class ImageFamilies
{
    private static readonly string[] DebianCodeNames = ["bookworm", "bullseye", "buster", "stretch", "trixie", "jammy", "focal", "noble", "bionic"];

    // Official images whose default (untagged or version-only) variant is built on Debian or Ubuntu.
    private static readonly string[] DebianByDefault =
    [
        "debian", "ubuntu", "python", "node", "ruby", "golang", "rust", "php", "perl", "openjdk", "eclipse-temurin",
        "maven", "gradle", "buildpack-deps", "nginx", "httpd", "postgres", "redis", "mysql", "mariadb", "mongo",
        "rabbitmq", "mcr.microsoft.com/dotnet/sdk", "mcr.microsoft.com/dotnet/aspnet", "mcr.microsoft.com/dotnet/runtime",
    ];

    // Tags of variants on other distributions than the repository's default (the .NET images' Azure Linux ones).
    private static readonly string[] OtherDistributionTags = ["azurelinux", "mariner"];

    private static readonly string[] RedHat = ["centos", "fedora", "rockylinux", "almalinux", "amazonlinux", "oraclelinux", "redhat/ubi8", "redhat/ubi9", "registry.access.redhat.com/ubi8", "registry.access.redhat.com/ubi9"];

    public static ImageFamily Of(ImageName image)
    {
        var repository = image.ShortRepository;
        var tag = (image.Tag ?? "").ToLowerInvariant();
        var fullRepository = image.Repository.ToLowerInvariant();
        if (repository == "scratch") return ImageFamily.Scratch;
        if (repository.Contains("distroless") || repository.EndsWith("/static", StringComparison.Ordinal)) return ImageFamily.Distroless;
        if (repository == "alpine" || repository.EndsWith("/alpine", StringComparison.Ordinal) || tag.Contains("alpine")) return ImageFamily.Alpine;
        if (DebianCodeNames.Any(tag.Contains) || tag.Contains("slim")) return ImageFamily.Debian;
        if (RedHat.Any(r => repository == r || fullRepository == r) || tag.Contains("ubi")) return ImageFamily.RedHat;
        if (OtherDistributionTags.Any(tag.Contains)) return ImageFamily.Unknown;
        if (DebianByDefault.Any(r => repository == r || fullRepository == r)) return ImageFamily.Debian;
        return ImageFamily.Unknown;
    }

    /// <summary>The package manager an image of the family has; null for distroless and scratch (none) or unknown.</summary>
    public static PackageManager? ManagerOf(ImageFamily family) => family switch
    {
        ImageFamily.Debian => PackageManager.Apt,
        ImageFamily.Alpine => PackageManager.Apk,
        ImageFamily.RedHat => PackageManager.Yum,
        _ => null,
    };

    /// <summary>Whether an HTTP client ships in images of this family and variant: none in slim, curl not in Alpine (busybox wget is).</summary>
    public static bool? HasTool(ImageName image, ImageFamily family, string tool)
    {
        var tag = (image.Tag ?? "").ToLowerInvariant();
        return (family, tool) switch
        {
            (ImageFamily.Distroless or ImageFamily.Scratch, _) => false,
            (ImageFamily.Alpine, "wget") => true,
            (ImageFamily.Alpine, "curl") => image.ShortRepository is "curlimages/curl" or "nginx" ? true : false,
            (ImageFamily.Debian, "curl" or "wget") when tag.Contains("slim") => false,
            _ => null,
        };
    }
}

using System;

namespace RedFire.Lint.Dockerfiles;

/// <summary>
/// An image reference split as Docker does: <c>[registry/]repository[:tag][@digest]</c>. The first path component
/// is a registry when it has a '.' or ':' or is <c>localhost</c>; otherwise the image is on Docker Hub.
/// </summary>
public sealed record ImageReference(string Text, string? Registry, string Repository, string? Tag, string? Digest)
{
    /// <summary>Registry and repository, without tag or digest (<c>ghcr.io/org/app</c>, <c>nginx</c>).</summary>
    public string Name => Registry is null ? Repository : Registry + "/" + Repository;

    /// <summary>The repository without Docker Hub's implicit <c>library/</c> (<c>library/nginx</c> → <c>nginx</c>).</summary>
    public string FamiliarRepository => Repository.StartsWith("library/", StringComparison.Ordinal) && (Registry is null || Registry == "docker.io")
        ? Repository.Substring("library/".Length)
        : Repository;

    public bool HasDigest => Digest is not null;

    public static ImageReference Parse(string text)
    {
        var rest = text;
        string? digest = null;
        var at = rest.IndexOf('@');
        if (at >= 0)
        {
            digest = rest.Substring(at + 1);
            rest = rest.Substring(0, at);
        }
        string? tag = null;
        var colon = rest.LastIndexOf(':');
        if (colon > rest.LastIndexOf('/'))
        {
            tag = rest.Substring(colon + 1);
            rest = rest.Substring(0, colon);
        }
        string? registry = null;
        var slash = rest.IndexOf('/');
        if (slash > 0)
        {
            var first = rest.Substring(0, slash);
            if (first.IndexOf('.') >= 0 || first.IndexOf(':') >= 0 || first == "localhost")
            {
                registry = first;
                rest = rest.Substring(slash + 1);
            }
        }
        return new ImageReference(text, registry, rest, tag, digest);
    }

    public override string ToString() => Text;
}

using System.Collections.Generic;

namespace RedFire.Lint.Dockerfiles;

/// <summary>
/// A linted Dockerfile with the named build contexts its builds give it (compose <c>build.additional_contexts</c>,
/// bake <c>contexts</c>): <c>COPY --from=name</c> of one of them is neither a stage nor an image.
/// </summary>
public sealed class BuiltDockerfile
{
    public BuiltDockerfile(DockerfileDocument document, IReadOnlyCollection<string> namedContexts)
    {
        Document = document;
        NamedContexts = namedContexts;
    }

    public DockerfileDocument Document { get; }

    /// <summary>Names as written (Compose and BuildKit match them exactly).</summary>
    public IReadOnlyCollection<string> NamedContexts { get; }
}

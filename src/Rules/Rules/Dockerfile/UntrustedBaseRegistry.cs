using System;
using System.Linq;
using RedFire.Lint.Dockerfiles;

namespace RedFire.Lint.Rules.Dockerfile;

/// <summary>
/// RF1052: a FROM pulls from a registry that policy.trustedRegistries does not list (silent when the list is empty).
/// Docker Hub images match "docker.io"; "*.example.com" matches subdomains, "*" anything.
/// </summary>
public sealed class UntrustedBaseRegistry : IRule<DockerfileDocument>
{
    public string Id => RuleIds.UntrustedBaseRegistry;

    public void Check(DockerfileDocument document, RuleContext context)
    {
        var trusted = context.Policy.TrustedRegistries;
        if (trusted.Count == 0) return;
        foreach (var stage in document.Stages)
        {
            if (stage.BaseImage is not { } image || stage.BaseWord is null) continue;
            var registry = image.Registry ?? "docker.io";
            if (trusted.Any(t => Matches(t, registry, image.Name))) continue;
            context.Report(stage.BaseWord.Location, $"Base image '{image}' comes from '{registry}', which is not one of the trusted registries ({string.Join(", ", trusted)}).",
                $"Pull it through a trusted registry, or add '{registry}' to policy.trustedRegistries.");
        }
    }

    private static bool Matches(string pattern, string registry, string name)
    {
        if (pattern == "*") return true;
        if (pattern.StartsWith("*.", StringComparison.Ordinal)) return registry.EndsWith(pattern.Substring(1), StringComparison.OrdinalIgnoreCase);
        if (string.Equals(pattern, registry, StringComparison.OrdinalIgnoreCase)) return true;
        if (registry == "docker.io" && pattern is "hub.docker.com" or "index.docker.io" or "registry-1.docker.io") return true;
        // A pattern may also name a registry path (ghcr.io/redfire): the image must be under it.
        return pattern.IndexOf('/') > 0 && (name + "/").StartsWith(pattern.TrimEnd('/') + "/", StringComparison.OrdinalIgnoreCase);
    }
}

using System;
using System.Collections.Generic;
using System.Linq;
using RedFire.Lint.Compose;
using RedFire.Lint.Compose.Yaml;
using RedFire.Lint.Deployment;
using RedFire.Lint.Policy;
using RedFire.Lint.Sources;

namespace RedFire.Lint.Rules.Compose;

/// <summary>Small facts about services that several single-file compose rules share.</summary>
internal static class ComposeFacts
{
    /// <summary>
    /// Where a finding about a key belongs: where its value landed when it came through an anchor, merge key or
    /// <c>extends</c> (the key itself is shared with the anchor), else the key as written.
    /// </summary>
    public static Location KeyAt(YamlEntry entry) => entry.Value.MergedAt ?? entry.Key.UsedAt;

    /// <summary>
    /// The deepest entry of <paramref name="path"/> that exists (<c>deploy</c> → <c>resources</c> → <c>limits</c>), else
    /// the service's key: the place a missing setting should be added.
    /// </summary>
    public static Location WhereToAdd(ComposeService service, params string[] path)
    {
        var at = service.Key.UsedAt;
        YamlMapping? map = service.Node;
        foreach (var key in path)
        {
            if (map?.Find(key) is not { } entry) break;
            at = KeyAt(entry);
            map = entry.Value as YamlMapping;
        }
        return at;
    }

    /// <summary>The gateway: the policy's gateway service, else any service running an nginx image.</summary>
    public static bool IsGateway(ComposeService service, LintPolicy policy)
    {
        if (policy.GatewayService.Length > 0) return string.Equals(service.Name, policy.GatewayService, StringComparison.Ordinal);
        if (service.Image is not { } image || image.Value.Length == 0) return false;
        var repository = ImageName.Parse(image.Value).ShortRepository;
        return repository.Substring(repository.LastIndexOf('/') + 1).StartsWith("nginx", StringComparison.Ordinal);
    }

    /// <summary>True when the service runs an image of the list (<see cref="ServiceRoles.Matches"/>).</summary>
    public static bool RunsOneOf(ComposeService service, IReadOnlyList<string> images) =>
        service.Image is { } image && image.Value.Length > 0 && ServiceRoles.Matches(ImageName.Parse(image.Value), images);

    /// <summary>
    /// Whether two services can run at the same time: one of them has no profiles (it always starts), or they share
    /// a profile. Conflicts between services that never start together are not conflicts.
    /// </summary>
    public static bool CanRunTogether(ComposeService a, ComposeService b) =>
        a.Profiles.Count == 0 || b.Profiles.Count == 0 || a.Profiles.Any(p => b.Profiles.Any(q => q.Value == p.Value));

    /// <summary>How many containers Compose starts for the service: <c>scale</c>, else <c>deploy.replicas</c>, else 1.</summary>
    public static long Replicas(ComposeService service) =>
        Math.Max(1, YamlViews.Scalar(service.Node, "scale")?.AsInteger
            ?? YamlViews.Scalar(service.Node["deploy"] as YamlMapping, "replicas")?.AsInteger
            ?? 1);

    /// <summary>True when a variable the scalar uses has no value and no default: its value is not known while linting.</summary>
    public static bool HasUnknownVariable(YamlScalar scalar) => scalar.Variables.Any(v => !v.IsSet && !v.HasDefault);

    /// <summary>The <c>KEY[:=]VALUE</c> parts of a <c>security_opt</c> entry, key lower-cased.</summary>
    public static (string Key, string Value) SecurityOption(YamlScalar option)
    {
        var text = option.Value.Trim();
        var cut = text.IndexOfAny([':', '=']);
        return cut < 0 ? (text.ToLowerInvariant(), "") : (text.Substring(0, cut).Trim().ToLowerInvariant(), text.Substring(cut + 1).Trim());
    }
}

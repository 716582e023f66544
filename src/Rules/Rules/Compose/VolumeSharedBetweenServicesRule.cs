using System.Collections.Generic;
using System.Linq;
using RedFire.Lint.Compose;
using RedFire.Lint.Compose.Yaml;
using RedFire.Lint.Findings;

namespace RedFire.Lint.Rules.Compose;

/// <summary>
/// RF2070 (off by default): a volume or host path several services mount is a channel between them, and two
/// writers can corrupt it. Often intended (a writer and read-only readers), hence off.
/// </summary>
public sealed class VolumeSharedBetweenServicesRule : IRule<ComposeProject>
{
    public string Id => RuleIds.VolumeSharedBetweenServices;

    public void Check(ComposeProject project, RuleContext context)
    {
        var users = new Dictionary<string, List<(ComposeService Service, YamlScalar Source)>>();
        foreach (var service in project.Services)
        {
            foreach (var mount in service.Volumes)
            {
                if (mount.Type is not (VolumeMountType.Volume or VolumeMountType.Bind) || mount.Source is not { Value.Length: > 0 } source) continue;
                var key = mount.Type + ":" + source.Value.TrimEnd('/');
                if (!users.TryGetValue(key, out var list)) users[key] = list = [];
                if (list.All(u => u.Service != service)) list.Add((service, source));
            }
        }
        foreach (var list in users.Values.Where(l => l.Count > 1))
        {
            foreach (var (service, source) in list)
            {
                var others = list.Where(u => u.Service != service).ToArray();
                context.Report(source.UsedAt,
                    $"Service '{service.Name}' mounts '{source.Value}', which {string.Join(", ", others.Select(o => $"'{o.Service.Name}'"))} also mount{(others.Length == 1 ? "s" : "")}, so a compromised or faulty service can change what the others read.",
                    $"Give each service its own volume, or mount it read-only (:ro) where a service only reads.",
                    others.Select(o => new RelatedLocation(o.Source.UsedAt, $"also mounted by '{o.Service.Name}'")).ToArray());
            }
        }
    }
}

using System;
using System.Collections.Generic;
using System.Linq;
using RedFire.Lint.Rules;

namespace RedFire.Lint.Compose.Loading;

/// <summary>
/// References Compose resolves when it loads a project and refuses to start without: <c>depends_on</c> targets
/// (and cycles among them), networks, named volumes, secrets and configs a service uses, and <c>network_mode</c>
/// together with <c>networks</c>.
/// </summary>
internal static class ComposeReferenceChecks
{
    public static void Check(ComposeProject project, FindingSink report)
    {
        var file = project.MainFile.Path;
        var serviceNames = string.Join(", ", project.Services.Select(s => s.Name));
        foreach (var service in project.Services)
        {
            foreach (var dependency in service.DependsOn)
            {
                if (dependency.Name == service.Name)
                    report(RuleIds.ComposeLoad, dependency.Service.Location, $"{file}: service '{service.Name}' depends on itself; remove it from its own depends_on.");
                else if (project.FindService(dependency.Name) is null && dependency.Required)
                    report(RuleIds.ComposeLoad, dependency.Service.Location,
                        $"{file}: service '{service.Name}' depends on undefined service '{dependency.Name}' (defined services: {serviceNames}).");
            }
            if (service.NetworkMode is { } mode && service.Node.Find("networks") is { } networks)
                report(RuleIds.ComposeLoad, networks.Key.Location,
                    $"{networks.Key.Location.File}: service '{service.Name}' declares mutually exclusive `network_mode` ({mode.Value}) and `networks`; Compose refuses it. Keep one of them.");
            CheckDeclared(service, "network", service.Networks.Select(n => n.Network).Where(n => n.Value != "default"), project.Networks, report);
            CheckDeclared(service, "volume", service.Volumes.Where(v => v.Type == VolumeMountType.Volume && v.Source is not null).Select(v => v.Source!), project.Volumes, report);
            CheckDeclared(service, "secret", service.Secrets.Select(s => s.Source), project.Secrets, report);
            CheckDeclared(service, "config", service.Configs.Select(c => c.Source), project.Configs, report);
        }
        ReportCycles(project, report);
    }

    private static void CheckDeclared(ComposeService service, string kind, IEnumerable<Yaml.YamlScalar> used, IReadOnlyList<ComposeResource> declared, FindingSink report)
    {
        foreach (var name in used)
        {
            if (declared.Any(d => d.Name == name.Value) || name.Value.Length == 0) continue;
            var known = declared.Count == 0 ? "none is declared" : "declared: " + string.Join(", ", declared.Select(d => d.Name));
            report(RuleIds.ComposeLoad, name.Location,
                $"{name.Location.File}: service '{service.Name}' refers to undefined {kind} '{name.Value}'; declare it under the top-level '{kind}s:' ({known}).");
        }
    }

    /// <summary>Each dependency cycle once, at the entry that closes it (iterative depth-first search).</summary>
    private static void ReportCycles(ComposeProject project, FindingSink report)
    {
        var state = new Dictionary<string, int>(StringComparer.Ordinal); // 1 on the path, 2 done
        foreach (var start in project.Services)
        {
            if (state.ContainsKey(start.Name)) continue;
            var path = new List<ComposeService>();
            var stack = new Stack<(ComposeService Service, int Next)>();
            stack.Push((start, 0));
            state[start.Name] = 1;
            path.Add(start);
            while (stack.Count > 0)
            {
                var (service, next) = stack.Pop();
                if (next >= service.DependsOn.Count)
                {
                    state[service.Name] = 2;
                    path.RemoveAt(path.Count - 1);
                    continue;
                }
                stack.Push((service, next + 1));
                var dependency = service.DependsOn[next];
                if (dependency.Name == service.Name || project.FindService(dependency.Name) is not { } target) continue;
                if (!state.TryGetValue(target.Name, out var seen))
                {
                    state[target.Name] = 1;
                    path.Add(target);
                    stack.Push((target, 0));
                }
                else if (seen == 1)
                {
                    var cycle = path.Skip(path.FindIndex(s => s.Name == target.Name)).Select(s => s.Name).Concat([target.Name]);
                    report(RuleIds.ComposeLoad, dependency.Service.Location,
                        $"{dependency.Service.Location.File}: dependency cycle: {string.Join(" → ", cycle)}; Compose cannot decide which service to start first.");
                }
            }
        }
    }
}

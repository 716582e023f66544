using System;
using System.Collections.Generic;
using System.Linq;
using RedFire.Lint.Compose.Yaml;
using RedFire.Lint.Rules;
using RedFire.Lint.Sources;

namespace RedFire.Lint.Compose.Loading;

/// <summary>How sure the linter is that a file set is the whole project Compose builds.</summary>
public enum ProjectCertainty
{
    /// <summary>Named by <c>COMPOSE_FILE</c> or the <c>projects</c> setting: what is missing is missing.</summary>
    Stated,

    /// <summary>
    /// Compose's default file (with its override when present): a kind of resource the files never declare
    /// (no top-level <c>secrets:</c> at all) is expected from an override kept out of the repository.
    /// </summary>
    Default,

    /// <summary>A file no rule of Compose combines with others: what it lacks may come from files a script adds.</summary>
    Unknown,
}

/// <summary>A name a service uses that no file of its project defines.</summary>
/// <param name="Kind">service, network, volume, secret or config.</param>
internal sealed record UndefinedReference(string Kind, string Service, YamlScalar Name);

/// <summary>
/// References Compose resolves when it loads a project and refuses to start without: <c>depends_on</c> targets
/// (and cycles among them), networks, named volumes, secrets and configs a service uses, an image or build for
/// every service, and <c>network_mode</c> together with <c>networks</c>. Compose checks them on the merged project
/// only (an included file may use the including file's networks), so they run once per top-level project.
/// </summary>
internal static class ComposeReferenceChecks
{
    public static void Check(ComposeProject project, ProjectCertainty certainty, FindingSink report)
    {
        foreach (var service in project.Services)
        {
            foreach (var dependency in service.DependsOn.Where(d => d.Name == service.Name))
                report(RuleIds.ComposeLoad, dependency.Service.Location, $"Service '{service.Name}' depends on itself.",
                    $"Remove '{service.Name}' from its own depends_on.");
            if (service.NetworkMode is { } mode && service.Node.Find("networks") is { } networks)
                report(RuleIds.ComposeLoad, networks.Key.Location,
                    $"Service '{service.Name}' sets both network_mode ({mode.Value}) and networks, which Compose refuses.",
                    $"Keep network_mode or networks, not both.");
        }

        var undefined = Undefined(project);
        var expectedElsewhere = undefined.Where(u => certainty == ProjectCertainty.Unknown
            || (certainty == ProjectCertainty.Default && u.Kind != "service" && !Declares(project, u.Kind))).ToArray();
        foreach (var reference in undefined.Except(expectedElsewhere)) ReportUndefined(project, reference, report);
        if (expectedElsewhere.Length > 0) ReportIncomplete(project, expectedElsewhere, report);
        ReportCycles(project, report);
    }

    /// <summary>What the project's services use and no file defines, in file order; a service without image or build is a use of itself.</summary>
    public static IReadOnlyList<UndefinedReference> Undefined(ComposeProject project)
    {
        var result = new List<UndefinedReference>();
        foreach (var service in project.Services)
        {
            if (service.IsActive && service.Image is null && service.Build is null)
                result.Add(new UndefinedReference("image", service.Name, service.Key));
            foreach (var dependency in service.DependsOn)
                if (dependency.Name != service.Name && dependency.Required && project.FindService(dependency.Name) is null)
                    result.Add(new UndefinedReference("service", service.Name, dependency.Service));
            Collect(result, service, "network", service.Networks.Select(n => n.Network).Where(n => n.Value != "default"), project.Networks);
            // A source an example's value made (${UPLOAD_LOCATION}:/data) is a path or a volume as the deployment sets it.
            Collect(result, service, "volume", service.Volumes.Where(v => v.Type == VolumeMountType.Volume && v.Source is not null)
                .Select(v => v.Source!).Where(s => !s.Variables.Any(r => project.Environment.ExampleValues.Contains(r.Name))), project.Volumes);
            Collect(result, service, "secret", service.Secrets.Select(s => s.Source), project.Secrets);
            Collect(result, service, "config", service.Configs.Select(c => c.Source), project.Configs);
        }
        return result;
    }

    /// <summary>The names another file would have to define for the project to load: services and resources by kind.</summary>
    public static IEnumerable<(string Kind, string Name)> Needs(IEnumerable<UndefinedReference> undefined) =>
        undefined.Select(u => u.Kind == "image" ? ("service", u.Service) : (u.Kind, u.Name.Value)).Distinct();

    /// <summary>
    /// Services that look like an overlay of a definition elsewhere: no image, and a build that only sets args or
    /// a target (<c>build: {args: …}</c>) without a context. Valid alone (the context defaults to the directory),
    /// so not an error, but a reason to look for the project they overlay.
    /// </summary>
    public static IEnumerable<(string Kind, string Name)> OverlayNeeds(ComposeProject project) =>
        project.Services.Where(s => s.Image is null && s.Node["build"] is YamlMapping build && build["context"] is null)
            .Select(s => ("service", s.Name));

    /// <summary>Whether the project defines a name of a kind (a service with an image or build counts as a definition).</summary>
    public static bool Defines(ComposeProject project, string kind, string name) => kind switch
    {
        "service" => project.FindService(name) is { } s && (s.Image is not null || s.Build is not null),
        _ => Resources(project, kind).Any(r => r.Name == name),
    };

    private static void Collect(List<UndefinedReference> result, ComposeService service, string kind, IEnumerable<YamlScalar> used, IReadOnlyList<ComposeResource> declared)
    {
        foreach (var name in used)
            if (name.Value.Length > 0 && !declared.Any(d => d.Name == name.Value)) result.Add(new UndefinedReference(kind, service.Name, name));
    }

    private static bool Declares(ComposeProject project, string kind) => Resources(project, kind).Count > 0;

    private static IReadOnlyList<ComposeResource> Resources(ComposeProject project, string kind) => kind switch
    {
        "network" => project.Networks,
        "volume" => project.Volumes,
        "secret" => project.Secrets,
        "config" => project.Configs,
        _ => [],
    };

    private static void ReportUndefined(ComposeProject project, UndefinedReference reference, FindingSink report)
    {
        var name = reference.Name.Value;
        switch (reference.Kind)
        {
            case "image":
                report(RuleIds.ComposeLoad, reference.Name.Location,
                    $"Service '{name}' has neither image nor build in any file of the project, so Compose refuses the project.",
                    $"Add an image: or build: to '{name}', or lint this file together with the file that defines it ('projects' in .redfire-lint.json).");
                break;
            case "service":
                var defined = string.Join(", ", project.Services.Select(s => s.Name));
                report(RuleIds.ComposeLoad, reference.Name.Location,
                    $"Service '{reference.Service}' depends on '{name}', which the project does not define (services: {defined}).",
                    $"Define service '{name}', fix the name, or mark the dependency required: false.");
                break;
            default:
                var declared = Resources(project, reference.Kind);
                var known = declared.Count == 0 ? "none is declared" : "declared: " + string.Join(", ", declared.Select(d => d.Name));
                report(RuleIds.ComposeLoad, reference.Name.Location,
                    $"Service '{reference.Service}' uses {reference.Kind} '{name}', which is not under the top-level '{reference.Kind}s:' ({known}).",
                    $"Declare '{name}' under the top-level '{reference.Kind}s:', or fix the name.");
                break;
        }
    }

    /// <summary>One finding for a project that relies on files the linter was not told about, at its first such use.</summary>
    private static void ReportIncomplete(ComposeProject project, IReadOnlyList<UndefinedReference> missing, FindingSink report)
    {
        var names = string.Join("; ", missing.GroupBy(u => u.Kind).Select(g => Describe(g.Key, g.Select(u => u.Kind == "image" ? u.Service : u.Name.Value).Distinct().ToArray())));
        var at = missing[0].Name.Location;
        var subject = at.File == project.MainFile.Path ? "This compose project" : $"The project of {project.MainFile.Path}";
        report(RuleIds.ComposeProjectIncomplete, at,
            $"{subject} lacks {names}; they must come from files Compose is given with it, which the linter does not know.",
            $"Name the file set under 'projects' in .redfire-lint.json (or COMPOSE_FILE in .env) so it is checked as Compose builds it.");
    }

    /// <summary>"services a, b", "an image or build for services a, b, c, d, e and 3 more".</summary>
    private static string Describe(string kind, IReadOnlyList<string> names)
    {
        const int Shown = 5;
        var list = string.Join(", ", names.Take(Shown)) + (names.Count > Shown ? $" and {names.Count - Shown} more" : string.Empty);
        var noun = kind == "image" ? "service" : kind;
        var plural = names.Count == 1 ? noun : noun + "s";
        return kind == "image" ? $"an image or build for {plural} {list}" : $"{plural} {list}";
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
                        $"Dependency cycle {string.Join(" → ", cycle)}: Compose cannot decide which service to start first.",
                        $"Remove one of the depends_on entries of the cycle.");
                }
            }
        }
    }
}

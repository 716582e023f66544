using System;
using System.Collections.Generic;
using System.Linq;
using RedFire.Lint.Compose.Yaml;
using RedFire.Lint.Rules;
using RedFire.Lint.Sources;

namespace RedFire.Lint.Compose.Loading;

/// <summary>
/// Applies <c>extends</c> in one file: the base service (same file or <c>file:</c>, itself extended first) is copied
/// and the local definition merged over it with the override rules. Copied values record the <c>extends</c> they
/// came through; relative paths of a base in another directory are rebased; cycles and missing targets are findings.
/// </summary>
internal sealed class ExtendsResolver
{
    private readonly ComposeProjectLoader _loader;
    private readonly ComposeProjectLoader.FileContext _context;
    private readonly FindingSink _report;
    private readonly Dictionary<string, YamlMapping?> _servicesByFile = new(StringComparer.Ordinal);
    private readonly Dictionary<(string File, string Service), YamlMapping> _resolved = new();
    private readonly YamlCopier _copier = new(ComposeLimits.MaxAliasExpansionNodes);

    public ExtendsResolver(ComposeProjectLoader loader, ComposeProjectLoader.FileContext context, FindingSink report)
    {
        _loader = loader;
        _context = context;
        _report = report;
    }

    public YamlMapping Resolve(YamlMapping root, SourceFile source)
    {
        if (root["services"] is not YamlMapping services || !services.Entries.Any(e => e.Value is YamlMapping m && m.ContainsKey("extends")))
            return root;
        _servicesByFile[source.FullPath] = services;
        var resolved = new YamlMapping(services.Location, services.Tag);
        foreach (var entry in services.Entries)
        {
            var value = entry.Value is YamlMapping
                ? ResolveService(source.FullPath, entry.Name, new List<(string, string)>()) ?? entry.Value
                : entry.Value;
            resolved.Add(new YamlEntry(entry.Key, value));
        }
        var result = new YamlMapping(root.Location, root.Tag, root.Entries.ToList());
        result.Set(new YamlEntry(root.Find("services")!.Key, resolved));
        return result;
    }

    private YamlMapping? ResolveService(string file, string name, List<(string File, string Service)> chain)
    {
        if (_resolved.TryGetValue((file, name), out var done)) return done;
        if (!_servicesByFile.TryGetValue(file, out var services) || services?[name] is not YamlMapping service) return null;
        if (service.Find("extends") is not { } extends) return service;

        var local = new YamlMapping(service.Location, service.Tag, service.Entries.Where(e => e.Name != "extends").ToList());
        var (baseName, baseFileNode) = Target(extends.Value);
        if (baseName is null)
        {
            _report(RuleIds.ComposeLoad, extends.Key.Location, $"extends of service '{name}' has no service: key, which Compose requires.", $"Name the service to extend: 'extends: {{ service: … }}'.");
            return local;
        }
        var baseFile = file;
        if (baseFileNode is not null)
        {
            if (IncludeSpec.IsRemote(baseFileNode.Value)) return local;
            baseFile = ComposePaths.Resolve(ComposePaths.Directory(file), baseFileNode.Value);
            _loader.AddReferenced(baseFile);
            if (!_servicesByFile.ContainsKey(baseFile))
                _servicesByFile[baseFile] = _loader.ReadFile(baseFile, _context, baseFileNode.Location)?["services"] as YamlMapping;
        }

        chain.Add((file, name));
        if (chain.Contains((baseFile, baseName.Value)) || chain.Count > ComposeLimits.MaxReferenceDepth)
        {
            _report(RuleIds.ComposeLoad, baseName.Location,
                $"Circular reference: service '{name}' extends {string.Join(" → ", chain.Select(c => c.Service).Concat([baseName.Value]))}, which loops.", $"Break the loop: one of these services must not extend the next.");
            return local;
        }
        var baseService = ResolveService(baseFile, baseName.Value, chain);
        chain.RemoveAt(chain.Count - 1);
        if (baseService is null)
        {
            if (_servicesByFile.TryGetValue(baseFile, out var baseServices) && baseServices is not null)
                _report(RuleIds.ComposeLoad, baseName.Location,
                    $"Service '{name}' extends '{baseName.Value}', which is not defined in {(baseFile == file ? "this file" : baseFileNode!.Value)}.", $"Fix the service name or the extends file.");
            return local;
        }

        if (_copier.Copy(baseService, extends.Key.Location) is not YamlMapping copy)
        {
            _report(RuleIds.ComposeLoad, extends.Key.Location, $"extends copies more than {ComposeLimits.MaxAliasExpansionNodes} nodes, so the linter did not apply it.", $"Split the base service, or suppress this line if the size is intended.");
            return local;
        }
        if (ComposePaths.Directory(baseFile) != ComposePaths.Directory(file)) copy = Rebase(copy, ComposePaths.Directory(baseFile));
        var merged = (YamlMapping)ComposeMerger.MergeService(copy, local);
        _resolved[(file, name)] = merged;
        return merged;
    }

    private static (YamlScalar? Service, YamlScalar? File) Target(YamlNode node) => node switch
    {
        YamlScalar { IsNull: false } name => (name, null),
        YamlMapping map => (YamlViews.Scalar(map, "service"), YamlViews.Scalar(map, "file")),
        _ => (null, null),
    };

    /// <summary>Makes a base service's relative paths absolute against its own directory, as Compose does.</summary>
    private static YamlMapping Rebase(YamlMapping service, string directory)
    {
        YamlScalar Absolute(YamlScalar path) => ComposePaths.IsRemote(path.Value) ? path : path.WithValue(ComposePaths.Resolve(directory, path.Value));

        var result = new YamlMapping(service.Location, service.Tag, service.Entries.ToList());
        switch (service["build"])
        {
            case YamlScalar { IsNull: false } context:
                result.Set(new YamlEntry(service.Find("build")!.Key, Absolute(context)));
                break;
            case YamlMapping build:
                var rebuilt = new YamlMapping(build.Location, build.Tag, build.Entries.ToList());
                var contextEntry = build.Find("context");
                rebuilt.Set(contextEntry is { Value: YamlScalar c }
                    ? new YamlEntry(contextEntry.Key, Absolute(c))
                    : new YamlEntry(YamlScalar.Synthetic("context", build.Location), YamlScalar.Synthetic(directory, build.Location)));
                result.Set(new YamlEntry(service.Find("build")!.Key, rebuilt));
                break;
        }
        if (service.Find("env_file") is { } envFile)
        {
            YamlNode Rebased(YamlNode item) => item is YamlScalar { IsNull: false } s ? Absolute(s) : item;
            result.Set(new YamlEntry(envFile.Key, envFile.Value is YamlSequence list
                ? new YamlSequence(list.Location, list.Tag, list.Items.Select(Rebased).ToList())
                : Rebased(envFile.Value)));
        }
        if (service.Find("volumes") is { Value: YamlSequence volumes } volumesEntry)
        {
            YamlNode Rebased(YamlNode item) =>
                item is YamlScalar { IsNull: false } s && (s.Value.StartsWith("./", StringComparison.Ordinal) || s.Value.StartsWith("../", StringComparison.Ordinal) || s.Value == ".")
                    ? s.WithValue(ComposePaths.Resolve(directory, s.Value.Split(':')[0]) + s.Value.Substring(s.Value.Split(':')[0].Length))
                    : item;
            result.Set(new YamlEntry(volumesEntry.Key, new YamlSequence(volumes.Location, volumes.Tag, volumes.Items.Select(Rebased).ToList())));
        }
        return result;
    }
}

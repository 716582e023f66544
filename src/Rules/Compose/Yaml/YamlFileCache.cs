using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using RedFire.Lint.Sources;

namespace RedFire.Lint.Compose.Yaml;

/// <summary>
/// Each compose file parsed once, though every project an overlay builds on a base file reads that file again
/// (the corpus: 498 reads of 212 files), and YAML parsing is the compose loader's largest cost. The trees are
/// shared between readers, so nothing may change them: interpolation copies what it rewrites. What parsing
/// reported is replayed to each reader, as its own parse would have reported it.
/// </summary>
public sealed class YamlFileCache
{
    private readonly ConcurrentDictionary<string, Lazy<Parsed>> _parsed = new(StringComparer.Ordinal);

    public YamlFile Read(SourceFile source, FindingSink report)
    {
        var parsed = _parsed.GetOrAdd(source.FullPath, _ => new Lazy<Parsed>(() => Parse(source))).Value;
        foreach (var (ruleId, location, message, help) in parsed.Findings) report(ruleId, location, message, help);
        return parsed.File;
    }

    private static Parsed Parse(SourceFile source)
    {
        var findings = new List<(string, Location, FormattableString, FormattableString?)>();
        var file = YamlTreeReader.Read(source, (ruleId, location, message, help) => findings.Add((ruleId, location, message, help)));
        return new Parsed(file, findings);
    }

    private sealed record Parsed(YamlFile File, IReadOnlyList<(string RuleId, Location Location, FormattableString Message, FormattableString? Help)> Findings);
}

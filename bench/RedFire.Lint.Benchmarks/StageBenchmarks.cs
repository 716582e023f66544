using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using BenchmarkDotNet.Attributes;
using RedFire.Lint.Catalog;
using RedFire.Lint.Engine;
using RedFire.Lint.Secrets;
using RedFire.Lint.Sources;

namespace RedFire.Lint.Benchmarks;

/// <summary>
/// The engine's stages on their own, on the specimen deployment's files: the secret detector's scan of every text
/// (one pass for all token hints), the lint of one file kind at a time (parse, rules, policy), and the lint of
/// many C# files none of which is the ports class (the prefilter, before Roslyn parses anything).
/// </summary>
[MemoryDiagnoser]
public class StageBenchmarks
{
    private string _example = string.Empty;
    private string[] _texts = [];
    private Dictionary<FileKind, SourceFile[]> _byKind = new();
    private SourceFile[] _csharpFiles = [];

    [GlobalSetup]
    public void Setup()
    {
        var repository = typeof(StageBenchmarks).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .Single(a => a.Key == "RepositoryRoot").Value!;
        _example = Path.Combine(repository, "examples", "redfire");
        var sources = SourceDiscovery.Discover(["."], _example, Policy.PathFilter.All);
        _texts = sources.Where(s => !s.IsUnreadable).Select(s => s.Text).ToArray();
        _byKind = sources.GroupBy(s => s.Kind).ToDictionary(g => g.Key, g => g.ToArray());
        _csharpFiles = Enumerable.Range(0, 1000)
            .Select(i => SourceFile.FromBytes(System.Text.Encoding.UTF8.GetBytes(
                $"namespace Company.Service;\n\npublic sealed class Class{i}\n{{\n    public int Count {{ get; set; }}\n}}\n"),
                $"generated/Class{i}.cs", FileKind.CSharp, Path.Combine(_example, "generated", $"Class{i}.cs")))
            .ToArray();
        _ = RuleCatalog.Default;
    }

    [Benchmark(Description = "secret detector: known formats in every text")]
    public int KnownFormats() => _texts.Sum(text => SecretDetector.FindKnownFormats(text).Count);

    [Benchmark(Description = "lint: Dockerfiles only")]
    public int Dockerfiles() => Lint(_byKind.TryGetValue(FileKind.Dockerfile, out var files) ? files : []);

    [Benchmark(Description = "lint: compose files and env files only")]
    public int Compose() => Lint([.. _byKind.TryGetValue(FileKind.Compose, out var c) ? c : [], .. _byKind.TryGetValue(FileKind.Env, out var e) ? e : []]);

    [Benchmark(Description = "lint: 1,000 C# files without the ports class")]
    public int CSharpWithoutPortsClass() => Lint(_csharpFiles);

    private int Lint(IReadOnlyList<SourceFile> sources) =>
        Linter.Run(new LintRequest(sources) { WorkingDirectory = _example }).Diagnostics.Count;
}

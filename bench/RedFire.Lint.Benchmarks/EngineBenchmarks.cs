using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using BenchmarkDotNet.Attributes;
using RedFire.Lint.Engine;
using RedFire.Lint.Policy;
using RedFire.Lint.Sources;

namespace RedFire.Lint.Benchmarks;

/// <summary>
/// The engine on the specimen deployments, as the MSBuild task runs it: configuration, discovery and read
/// (the task's I/O), then the lint itself on sources already in memory (what the analyzer pays per compilation).
/// </summary>
[MemoryDiagnoser]
public class EngineBenchmarks
{
    private string _root = string.Empty;
    private IReadOnlyList<SourceFile> _sources = [];
    private LintConfiguration _configuration = LintConfiguration.Default;

    [Params("redfire-seed", "redfire")]
    public string Example { get; set; } = "redfire-seed";

    [GlobalSetup]
    public void Setup()
    {
        var repository = typeof(EngineBenchmarks).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .Single(a => a.Key == "RepositoryRoot").Value!;
        _root = Path.Combine(repository, "examples", Example);
        (_sources, _configuration) = Discover(_root);
    }

    [Benchmark(Description = "discover + read + lint")]
    public int DiscoverAndLint()
    {
        var (sources, configuration) = Discover(_root);
        return Lint(sources, configuration);
    }

    [Benchmark(Description = "lint (sources in memory)")]
    public int LintOnly() => Lint(_sources, _configuration);

    private int Lint(IReadOnlyList<SourceFile> sources, LintConfiguration configuration) =>
        Linter.Run(new LintRequest(sources) { WorkingDirectory = _root, Configuration = configuration }).Diagnostics.Count;

    private static (IReadOnlyList<SourceFile>, LintConfiguration) Discover(string root)
    {
        var configuration = ConfigurationResolver.Resolve(new ConfigurationRequest(root, ["."]));
        var sources = SourceDiscovery.Discover(["."], root, configuration.Files);
        return (sources, ConfigurationResolver.WithEditorConfig(configuration, sources.Select(s => s.FullPath)));
    }
}

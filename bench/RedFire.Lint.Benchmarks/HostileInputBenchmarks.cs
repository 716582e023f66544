using System.Linq;
using System.Text;
using BenchmarkDotNet.Attributes;
using RedFire.Lint.Engine;
using RedFire.Lint.Sources;

namespace RedFire.Lint.Benchmarks;

/// <summary>
/// Inputs built to hurt a parser, through the whole engine: the time the tests cannot assert. Each must stay
/// well under a second (the limits in Dockerfile, YAML and nginx parsing are counts, so the work is bounded).
/// </summary>
[MemoryDiagnoser]
public class HostileInputBenchmarks
{
    private SourceFile[] _sources = [];

    [Params("binary Dockerfile", "10 MB Dockerfile", "100k continuation lines", "billion laughs", "100k nested brackets")]
    public string Input { get; set; } = "binary Dockerfile";

    [GlobalSetup]
    public void Setup() => _sources = [Build(Input)];

    [Benchmark]
    public int Lint() => Linter.Run(new LintRequest(_sources) { WorkingDirectory = "/bench" }).Diagnostics.Count;

    private static SourceFile Build(string input) => input switch
    {
        "binary Dockerfile" => SourceFile.FromBytes(Enumerable.Range(0, 1 << 20).Select(i => (byte)(i * 31)).ToArray(), "Dockerfile", FileKind.Dockerfile, "/bench/Dockerfile"),
        "10 MB Dockerfile" => Text("Dockerfile", FileKind.Dockerfile, Repeat("RUN echo hello world && apt-get install -y curl\n", 10 << 20)),
        "100k continuation lines" => Text("Dockerfile", FileKind.Dockerfile, "FROM alpine:3.20\nRUN echo \\\n" + string.Concat(Enumerable.Repeat("  a \\\n", 100_000)) + "  done\n"),
        "billion laughs" => Text("compose.yaml", FileKind.Compose, BillionLaughs()),
        _ => Text("compose.yaml", FileKind.Compose, "services: " + new string('[', 100_000) + new string(']', 100_000) + "\n"),
    };

    private static SourceFile Text(string name, FileKind kind, string text) => new(name, text, kind, "/bench/" + name);

    private static string Repeat(string line, int bytes) =>
        "FROM alpine:3.20\n" + string.Concat(Enumerable.Repeat(line, bytes / line.Length));

    private static string BillionLaughs()
    {
        var text = new StringBuilder("a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
        for (var i = 1; i <= 9; i++)
            text.Append($"a{i}: &a{i} [{string.Join(", ", Enumerable.Repeat($"*a{i - 1}", 9))}]\n");
        return text.Append("services:\n  s:\n    image: x\n    command: *a9\n").ToString();
    }
}

using System;
using System.Linq;

namespace RedFire.Lint.Fuzz;

/// <summary><c>dotnet run -c Release --project tests/Fuzz/RedFire.Lint.Fuzz -- [--mutants N] [--seed S]</c>; exit 1 on any failure.</summary>
public static class Program
{
    public static int Main(string[] args)
    {
        var mutants = Option(args, "--mutants", 10_000);
        var seed = Option(args, "--seed", 14);
        var report = Fuzzer.Run(new FuzzOptions(mutants, seed), Console.Out);
        Console.Write(report);
        return report.Failures.Count == 0 ? 0 : 1;
    }

    private static int Option(string[] args, string name, int fallback)
    {
        var at = Array.IndexOf(args, name);
        return at >= 0 && at + 1 < args.Length && int.TryParse(args[at + 1], out var value) ? value : fallback;
    }
}

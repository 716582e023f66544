using RedFire.Lint.Fuzz;
using Xunit;

namespace RedFire.Lint.Cli.Tests;

/// <summary>
/// A short run of the fuzzer (tests/Fuzz): mutants of the examples and seeds, linted in-process by the tool's own
/// entry point, must give exit code 0 or 1, no RF0000, the same output twice, and finish. Longer runs by hand:
/// <c>dotnet run -c Release --project tests/Fuzz/RedFire.Lint.Fuzz -- --mutants 100000</c>.
/// </summary>
public class FuzzTests
{
    [Fact]
    public void Mutants_of_the_examples_lint_without_a_crash()
    {
        var report = Fuzzer.Run(new FuzzOptions(Mutants: 2000, Seed: 14));
        Assert.True(report.Failures.Count == 0, report.ToString());
        Assert.Equal(2000, report.Mutants);
        Assert.True(report.FindingsByRule.ContainsKey("RF0002"), report.ToString()); // the mutants do reach the YAML errors
    }
}

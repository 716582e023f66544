using RedFire.Lint.Findings;
using Xunit;

namespace RedFire.Lint.MsBuild.Tests;

public class BuildGateTests
{
    private static BuildOutcome Decide(Severity severity, bool treatWarningsAsErrors = false, string? asErrors = null,
        string? notAsErrors = null, string? noWarn = null, Severity failOn = Severity.Error, string id = "RF1001") =>
        new BuildGate(treatWarningsAsErrors, asErrors, notAsErrors, noWarn, failOn).Decide(id, severity);

    [Fact]
    public void Severities_map_to_the_log_as_for_the_compiler()
    {
        Assert.Equal(BuildOutcome.Error, Decide(Severity.Error));
        Assert.Equal(BuildOutcome.Warning, Decide(Severity.Warning));
        Assert.Equal(BuildOutcome.Message, Decide(Severity.Info));
        Assert.Equal(BuildOutcome.Skip, Decide(Severity.None));
    }

    [Fact]
    public void TreatWarningsAsErrors_promotes_warnings_but_not_infos_and_spares_WarningsNotAsErrors()
    {
        Assert.Equal(BuildOutcome.Error, Decide(Severity.Warning, treatWarningsAsErrors: true));
        Assert.Equal(BuildOutcome.Message, Decide(Severity.Info, treatWarningsAsErrors: true));
        Assert.Equal(BuildOutcome.Warning, Decide(Severity.Warning, treatWarningsAsErrors: true, notAsErrors: "CS1591;RF1001"));
    }

    [Fact]
    public void WarningsAsErrors_and_NoWarn_lists_name_ids_in_any_msbuild_spelling()
    {
        Assert.Equal(BuildOutcome.Error, Decide(Severity.Warning, asErrors: "NU1603,\n  rf1001 ;CS0168"));
        Assert.Equal(BuildOutcome.Warning, Decide(Severity.Warning, asErrors: "RF10011"));
        Assert.Equal(BuildOutcome.Skip, Decide(Severity.Warning, noWarn: "$(NoWarn);1591;RF1001"));
        Assert.Equal(BuildOutcome.Skip, Decide(Severity.Warning, treatWarningsAsErrors: true, noWarn: "RF1001"));
    }

    [Fact]
    public void FailOn_threshold_fails_at_or_above_it_and_none_never_fails()
    {
        Assert.Equal(BuildOutcome.Error, Decide(Severity.Warning, failOn: Severity.Warning));
        Assert.Equal(BuildOutcome.Error, Decide(Severity.Info, failOn: Severity.Info));
        Assert.Equal(BuildOutcome.Warning, Decide(Severity.Error, failOn: Severity.None));
        Assert.Equal(BuildOutcome.Error, Decide(Severity.Error, failOn: Severity.None, treatWarningsAsErrors: true));
    }
}

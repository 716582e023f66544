using System.Collections.Generic;
using RedFire.Lint.Findings;
using RedFire.Lint.Policy;

namespace RedFire.Lint.Tests.Compose.Policy;

/// <summary>Configurations for compose policy tests: rules that are off by default are turned on to test them.</summary>
internal static class PolicyTest
{
    public static LintConfiguration Enabled(string ruleId) =>
        new() { Severities = new Dictionary<string, Severity> { [ruleId] = Severity.Info } };
}

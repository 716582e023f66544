using System.Linq;
using RedFire.Lint.Compose;
using RedFire.Lint.Engine;
using RedFire.Lint.Findings;
using RedFire.Lint.Tests.Infrastructure;
using Xunit;

namespace RedFire.Lint.Tests.Compose;

/// <summary>Loads in-memory compose files through the real engine and returns the project(s) and diagnostics.</summary>
internal static class ComposeTestHost
{
    public static LintResult Lint(params (string Path, string Text)[] files) => RuleTest.Lint(files);

    public static ComposeProject Project(params (string Path, string Text)[] files)
    {
        var result = RuleTest.Lint(files);
        var projects = result.Models.Get<ComposeProject>();
        Assert.True(projects.Count == 1, $"expected one project, got {projects.Count}:\n" + Describe(result));
        return projects[0];
    }

    public static string Describe(LintResult result) =>
        string.Join("\n", result.Diagnostics.Select(d => $"  {d.RuleId} {d.Location} {d.Location.EndLine},{d.Location.EndColumn}: {d.Message}"));

    public static Diagnostic[] Errors(LintResult result, string ruleId) => result.Diagnostics.Where(d => d.RuleId == ruleId).ToArray();
}

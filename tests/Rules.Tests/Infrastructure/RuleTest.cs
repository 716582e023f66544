using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using RedFire.Lint.Catalog;
using RedFire.Lint.Engine;
using RedFire.Lint.Findings;
using RedFire.Lint.Policy;
using RedFire.Lint.Sources;
using Xunit;

namespace RedFire.Lint.Tests.Infrastructure;

/// <summary>
/// Runs the real engine on files in memory and checks one rule's findings against <c>[|markup|]</c>.
/// Paths are relative to <see cref="InMemoryFileSystem.Root"/>; every file in the set is linted. Without a
/// configuration every rule but ShellCheck's is on (<see cref="AllRules"/>): a rule's tests do not depend on its profile.
/// </summary>
public static class RuleTest
{
    /// <summary>Every rule, as the <c>all</c> profile has them.</summary>
    public static LintConfiguration EveryRule { get; } = LintConfiguration.Default with { Profile = RuleProfile.All };

    /// <summary>
    /// The <c>all</c> profile without ShellCheck's two rules (their tests ask for <see cref="EveryRule"/>): with them on
    /// the engine keeps every Dockerfile for ShellCheck's one batch, and the other rules' tests would not take the path
    /// of a default run, where a Dockerfile no compose file builds is checked as it is loaded.
    /// </summary>
    public static LintConfiguration AllRules { get; } = EveryRule with
    {
        Severities = new Dictionary<string, Severity>(StringComparer.Ordinal)
        {
            [Rules.RuleIds.ShellCheckWarning] = Severity.None,
            [Rules.RuleIds.ShellCheckNote] = Severity.None,
        },
    };

    public static LintResult Lint(params (string Path, string Text)[] files) => Lint(AllRules, files);

    public static LintResult Lint(LintConfiguration configuration, params (string Path, string Text)[] files)
    {
        var fileSystem = new InMemoryFileSystem(files);
        var sources = files
            .OrderBy(f => f.Path, StringComparer.Ordinal)
            .Select(f => SourceFile.FromBytes(Encoding.UTF8.GetBytes(f.Text), f.Path, FileClassifier.Classify(f.Path), InMemoryFileSystem.FullPath(f.Path)))
            .ToArray();
        return Linter.Run(new LintRequest(sources)
        {
            WorkingDirectory = InMemoryFileSystem.Root,
            Configuration = configuration,
            FileSystem = fileSystem,
        });
    }

    /// <summary>
    /// Asserts that <paramref name="ruleId"/> reports exactly at the marked spans of the marked files
    /// (files whose text has no markers must get no finding of that rule).
    /// </summary>
    public static IReadOnlyList<Diagnostic> Flags(string ruleId, params (string Path, string MarkedText)[] files) =>
        Flags(ruleId, AllRules, files);

    public static IReadOnlyList<Diagnostic> Flags(string ruleId, LintConfiguration configuration, params (string Path, string MarkedText)[] files)
    {
        var parsed = files.Select(f => (f.Path, Parsed: Markup.Parse(f.MarkedText))).ToArray();
        Assert.True(parsed.Any(p => p.Parsed.Spans.Count > 0), "A Flags test needs at least one [|marked|] span.");
        var result = Lint(configuration, parsed.Select(p => (p.Path, p.Parsed.Text)).ToArray());
        var actual = result.Diagnostics.Where(d => d.RuleId == ruleId).ToArray();

        var expected = parsed
            .SelectMany(p => p.Parsed.Spans.Select(s => $"{p.Path}({s.Line},{s.Column},{s.EndLine},{s.EndColumn})"))
            .OrderBy(s => s, StringComparer.Ordinal).ToArray();
        var got = actual
            .Select(d => $"{d.Location.File}({d.Location.Line},{d.Location.Column},{d.Location.EndLine},{d.Location.EndColumn})")
            .OrderBy(s => s, StringComparer.Ordinal).ToArray();
        Assert.True(expected.SequenceEqual(got),
            $"{ruleId}: expected [{string.Join(", ", expected)}] but got [{string.Join(", ", got)}]\n" +
            string.Join("\n", result.Diagnostics.Select(d => $"  {d.RuleId} {d.Location}: {d.Message}")));
        return actual;
    }

    /// <summary>Asserts that <paramref name="ruleId"/> reports nothing on these files.</summary>
    public static void Passes(string ruleId, params (string Path, string Text)[] files) =>
        Passes(ruleId, AllRules, files);

    public static void Passes(string ruleId, LintConfiguration configuration, params (string Path, string Text)[] files)
    {
        var result = Lint(configuration, files);
        var actual = result.Diagnostics.Where(d => d.RuleId == ruleId).ToArray();
        Assert.True(actual.Length == 0,
            $"{ruleId} should not report, but reported:\n" + string.Join("\n", actual.Select(d => $"  {d.Location}: {d.Message}")));
        Assert.DoesNotContain(result.Diagnostics, d => d.RuleId == Rules.RuleIds.InternalError);
    }
}

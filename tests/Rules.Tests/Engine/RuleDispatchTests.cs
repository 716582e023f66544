using System;
using System.Linq;
using System.Text;
using RedFire.Lint.Catalog;
using RedFire.Lint.Dockerfiles;
using RedFire.Lint.Engine;
using RedFire.Lint.Env;
using RedFire.Lint.Rules;
using RedFire.Lint.Sources;
using RedFire.Lint.Tests.Infrastructure;
using Xunit;

namespace RedFire.Lint.Tests.Engine;

public class RuleDispatchTests
{
    [Fact]
    public void Every_rule_is_bound_to_each_model_type_it_checks()
    {
        static string[] Checked(IRule rule) => rule.GetType().GetInterfaces()
            .Where(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IRule<>))
            .Select(i => $"{rule.Id} {i.GetGenericArguments()[0].Name}").OrderBy(s => s, StringComparer.Ordinal).ToArray();
        static string[] Bound(IRule rule) => RuleRegistry.Bind([rule])
            .Select(b => $"{rule.Id} {b.GetType().GetGenericArguments()[0].Name}").OrderBy(s => s, StringComparer.Ordinal).ToArray();

        Assert.All(RuleRegistry.Rules.Append(new TwoModelTypes()), rule => Assert.Equal(Checked(rule), Bound(rule)));
        Assert.All(RuleRegistry.Rules, rule => Assert.NotEmpty(Bound(rule)));
    }

    [Fact]
    public void The_rule_list_holds_every_rule_class_of_the_assembly_once()
    {
        var classes = typeof(IRule).Assembly.GetTypes()
            .Where(t => t.IsClass && !t.IsAbstract && typeof(IRule).IsAssignableFrom(t))
            .Select(t => t.FullName!).OrderBy(n => n, StringComparer.Ordinal);
        var listed = RuleRegistry.Rules.Select(r => r.GetType().FullName!).OrderBy(n => n, StringComparer.Ordinal);
        Assert.Equal(classes, listed);
    }

    [Fact]
    public void A_rule_over_two_model_types_checks_each_model_once_through_its_own_overload()
    {
        var diagnostics = Run(new TwoModelTypes(), ("Dockerfile", "FROM alpine:3.20\n"), (".env", "A=1\n"), ("b.env", "B=2\n"));

        Assert.Equal(
            [".env: env file", "Dockerfile: Dockerfile", "b.env: env file"],
            diagnostics.Where(d => d.RuleId == TwoModelTypes.RuleId).Select(d => $"{d.Location.File}: {d.Message}").OrderBy(s => s, StringComparer.Ordinal));
    }

    [Fact]
    public void A_rule_that_throws_is_an_internal_error_and_the_other_rules_still_run()
    {
        var diagnostics = Run(new Throws(), (".env", "A=1\n"));
        var error = Assert.Single(diagnostics, d => d.RuleId == RuleIds.InternalError);
        Assert.Contains($"Internal error in {Throws.RuleId} (InvalidOperationException)", error.Message);
        Assert.DoesNotContain("the model was not what it expected", error.Message); // an exception's text may quote a file
        Assert.Contains(diagnostics, d => d.RuleId == TwoModelTypes.RuleId);
    }

    [Theory]
    [InlineData(40)] // few models of the type: checked rule by rule
    [InlineData(70)] // many: each model checked by all its rules in turn
    public void A_rule_checking_many_models_reports_each_finding_once_with_its_model_and_drops_what_it_reported_before_throwing(int count)
    {
        // Enough files that one thread checks several of them in turn, through the same context.
        var files = new[] { ("a.env", "A=1\n") }.Concat(Enumerable.Range(1, count).Select(i => ($"f{i}.env", $"F{i}=1\n"))).ToArray();
        var diagnostics = Run(new ReportsThenThrowsOnA(), files);

        var reported = diagnostics.Where(d => d.RuleId == ReportsThenThrowsOnA.RuleId).ToArray();
        Assert.Equal(files.Skip(1).Select(f => $"{f.Item1}: checked {f.Item1}").OrderBy(s => s, StringComparer.Ordinal),
            reported.Select(d => $"{d.Location.File}: {d.Message}").OrderBy(s => s, StringComparer.Ordinal));
        // The other rule of the same model type still checked every file, the one that threw included.
        Assert.Equal(files.Length, diagnostics.Count(d => d.RuleId == TwoModelTypes.RuleId));
        Assert.Single(diagnostics, d => d.RuleId == RuleIds.InternalError);
    }

    private static Findings.Diagnostic[] Run(IRule extraRule, params (string Path, string Text)[] files)
    {
        var sources = files
            .Select(f => SourceFile.FromBytes(Encoding.UTF8.GetBytes(f.Text), f.Path, FileClassifier.Classify(f.Path), InMemoryFileSystem.FullPath(f.Path)))
            .ToArray();
        var request = new LintRequest(sources) { WorkingDirectory = InMemoryFileSystem.Root, FileSystem = new InMemoryFileSystem(files) };
        return Linter.Run(request, RuleCatalog.Default, RuleRegistry.Bind([new TwoModelTypes(), extraRule])).Diagnostics.ToArray();
    }

    private sealed class TwoModelTypes : IRule<DockerfileDocument>, IRule<EnvFile>
    {
        public const string RuleId = "TEST0001";

        public string Id => RuleId;

        public void Check(DockerfileDocument model, RuleContext context) => context.Report(Location.StartOf(model.Path), $"Dockerfile");

        public void Check(EnvFile model, RuleContext context) => context.Report(Location.StartOf(model.Source.Path), $"env file");
    }

    private sealed class ReportsThenThrowsOnA : IRule<EnvFile>
    {
        public const string RuleId = "TEST0003";

        public string Id => RuleId;

        public void Check(EnvFile model, RuleContext context)
        {
            context.Report(Location.StartOf(model.Source.Path), $"checked {model.Source.Path}");
            if (model.Source.Path == "a.env") throw new InvalidOperationException("after a finding");
        }
    }

    private sealed class Throws : IRule<EnvFile>
    {
        public const string RuleId = "TEST0002";

        public string Id => RuleId;

        public void Check(EnvFile model, RuleContext context) => throw new InvalidOperationException("the model was not what it expected");
    }
}

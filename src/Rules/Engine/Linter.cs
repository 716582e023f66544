using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using RedFire.Lint.Catalog;
using RedFire.Lint.Findings;
using RedFire.Lint.Policy;
using RedFire.Lint.Rules;
using RedFire.Lint.Sources;

namespace RedFire.Lint.Engine;

/// <summary>
/// The one entry point the CLI, the MSBuild task and the analyzer share:
/// sources → models (<see cref="ModelLoaders"/>) → rules (<see cref="RuleRegistry"/>) → policy → sorted diagnostics.
/// </summary>
public static class Linter
{
    public static LintResult Run(LintRequest request) => Run(request, RuleCatalog.Default, RuleRegistry.Rules);

    internal static LintResult Run(LintRequest request, RuleCatalog catalog, IReadOnlyList<IRule> rules)
    {
        var configuration = request.Configuration;
        var context = new LoadContext(request.Files, configuration.Policy, request.FileSystem, request.Boundary,
            fullPath => DisplayPaths.Relative(request.WorkingDirectory, fullPath));

        var findings = new List<Finding>();
        foreach (var unreadable in request.Files.Where(f => f.IsUnreadable))
            context.ReportUnreadable(unreadable, Location.StartOf(unreadable.Path));

        // Loaders isolate each file (LoadContext.ForEachFile); this catches a stage that joins files failing as a whole.
        foreach (var loader in ModelLoaders.All)
        {
            try
            {
                loader.Load(context);
            }
            catch (Exception e)
            {
                findings.Add(InternalError(loader.GetType().Name, ".", e));
            }
        }
        findings.AddRange(context.Findings);
        findings.AddRange(RunRules(rules, context.Models, configuration, catalog));

        var diagnostics = ApplyPolicy(findings, request, catalog);
        return new LintResult(diagnostics, context.Models)
        {
            FileCount = context.SourcePaths.Concat(diagnostics.Select(d => d.Location.File)).Distinct(StringComparer.Ordinal).Count(),
        };
    }

    private static IEnumerable<Finding> RunRules(IReadOnlyList<IRule> rules, ModelSet models, LintConfiguration configuration, RuleCatalog catalog)
    {
        var work = new List<(IRule Rule, Type ModelType, object Model)>();
        foreach (var rule in rules)
        {
            if (configuration.IsOffEverywhere(rule.Id, DefaultSeverity(rule.Id, catalog))) continue;
            foreach (var modelType in RuleRegistry.ModelTypesOf(rule))
                foreach (var model in models.Get(modelType))
                    work.Add((rule, modelType, model));
        }

        // Each unit reports into its own list; the final sort makes the order independent of scheduling.
        var results = new ConcurrentBag<List<Finding>>();
        System.Threading.Tasks.Parallel.ForEach(work, unit =>
        {
            var found = new List<Finding>();
            var context = new RuleContext(unit.Rule.Id, configuration.Policy, configuration.OptionsFor(unit.Rule.Id), found);
            try
            {
                RuleRegistry.Run(unit.Rule, unit.ModelType, unit.Model, context);
            }
            catch (Exception e)
            {
                found.Clear();
                found.Add(InternalError(unit.Rule.Id, ".", e));
            }
            results.Add(found);
        });
        return results.SelectMany(r => r);
    }

    private static Finding InternalError(string where, string file, Exception e) =>
        RuleContext.Render(RuleIds.InternalError, Location.StartOf(file),
            $"Internal error in {where}: {e.GetType().Name}: {e.Message}. Please report it; the other rules ran.", []);

    private static IReadOnlyList<Diagnostic> ApplyPolicy(List<Finding> findings, LintRequest request, RuleCatalog catalog)
    {
        var suppressions = new Dictionary<string, Suppressions>(StringComparer.Ordinal);
        foreach (var source in request.Files.Where(f => !f.IsUnreadable))
            suppressions[source.Path] = Suppressions.Parse(source, catalog);

        var scrubber = new SecretScrubber(findings.SelectMany(f => f.Secrets));
        var diagnostics = new List<Diagnostic>();
        foreach (var finding in findings)
        {
            var fullPath = Path.GetFullPath(Path.Combine(request.WorkingDirectory, finding.Location.File));
            if (!request.Configuration.Files.Includes(fullPath)) continue;
            var severity = EffectiveSeverity(finding.RuleId, request.Configuration, catalog, fullPath);
            if (severity == Severity.None) continue;
            if (suppressions.TryGetValue(finding.Location.File, out var fileSuppressions) && fileSuppressions.IsSuppressed(finding)) continue;
            var helpUri = catalog.TryGet(finding.RuleId, out var descriptor) ? descriptor.HelpUri : string.Empty;
            diagnostics.Add(new Diagnostic(finding.RuleId, severity, finding.Location, scrubber.Scrub(finding.Message), helpUri)
            {
                Related = finding.Related.Select(r => r with { Message = scrubber.Scrub(r.Message) }).ToArray(),
                Help = scrubber.Scrub(finding.Help),
            });
        }
        return diagnostics
            .Distinct()
            .OrderBy(d => d.Location.File, StringComparer.Ordinal)
            .ThenBy(d => d.Location.Line)
            .ThenBy(d => d.Location.Column)
            .ThenBy(d => d.RuleId, StringComparer.Ordinal)
            .ThenBy(d => d.Location.EndLine)
            .ThenBy(d => d.Location.EndColumn)
            .ThenBy(d => d.Message, StringComparer.Ordinal)
            .ToArray();
    }

    /// <summary>A rule's severity in a file (absolute path): its default in rules.json, overridden by the configuration.</summary>
    public static Severity EffectiveSeverity(string ruleId, LintConfiguration configuration, RuleCatalog catalog, string fullPath) =>
        configuration.SeverityOf(ruleId, fullPath, DefaultSeverity(ruleId, catalog));

    private static Severity DefaultSeverity(string ruleId, RuleCatalog catalog) =>
        catalog.TryGet(ruleId, out var descriptor) ? descriptor.DefaultSeverity : Severity.Warning;
}

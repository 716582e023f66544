using System;
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
    public static LintResult Run(LintRequest request) => Run(request, RuleCatalog.Default, RuleRegistry.Bindings);

    internal static LintResult Run(LintRequest request, RuleCatalog catalog, IReadOnlyList<RuleBinding> rules)
    {
        var configuration = request.Configuration;
        var context = new LoadContext(request.Files, configuration.Policy, request.FileSystem, request.Boundary,
            fullPath => DisplayPaths.Relative(request.WorkingDirectory, fullPath), request.ShellChecker)
        {
            IsRuleOn = ruleId => !configuration.IsOffEverywhere(ruleId, ProfileSeverity(ruleId, configuration, catalog)),
        };

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

    private static IEnumerable<Finding> RunRules(IReadOnlyList<RuleBinding> bindings, ModelSet models, LintConfiguration configuration, RuleCatalog catalog)
    {
        var work = new List<(RuleBinding Binding, object Model)>();
        foreach (var binding in bindings)
        {
            if (configuration.IsOffEverywhere(binding.Rule.Id, ProfileSeverity(binding.Rule.Id, configuration, catalog))) continue;
            foreach (var model in binding.ModelsIn(models))
                work.Add((binding, model));
        }

        // Each unit reports into its own slot, so the findings come in the same order whatever the scheduling
        // (the final sort then sees the same input on every run).
        var results = new List<Finding>[work.Count];
        System.Threading.Tasks.Parallel.For(0, work.Count, index =>
        {
            var unit = work[index];
            var ruleId = unit.Binding.Rule.Id;
            var found = new List<Finding>();
            var context = new RuleContext(ruleId, configuration.Policy, configuration.OptionsFor(ruleId), found);
            try
            {
                unit.Binding.Check(unit.Model, context);
            }
            catch (Exception e)
            {
                found.Clear();
                found.Add(InternalError(ruleId, ".", e));
            }
            results[index] = found;
        });
        return results.SelectMany(r => r);
    }

    private static Finding InternalError(string where, string file, Exception e) =>
        RuleContext.Render(RuleIds.InternalError, Location.StartOf(file),
            $"Internal error in {where}: {e.GetType().Name}: {e.Message}. Please report it; the other rules ran.", []);

    private static IReadOnlyList<Diagnostic> ApplyPolicy(List<Finding> findings, LintRequest request, RuleCatalog catalog)
    {
        // Most files have no finding: their suppression comments are read only when one of theirs is reported.
        var sources = new Dictionary<string, SourceFile>(StringComparer.Ordinal);
        foreach (var source in request.Files.Where(f => !f.IsUnreadable)) sources[source.Path] = source;
        var suppressions = new Dictionary<string, Suppressions>(StringComparer.Ordinal);
        bool IsSuppressed(Finding finding)
        {
            var file = finding.Location.File;
            if (!suppressions.TryGetValue(file, out var fileSuppressions))
                suppressions[file] = fileSuppressions = sources.TryGetValue(file, out var source) ? Suppressions.Parse(source, catalog) : Suppressions.Empty;
            return fileSuppressions.IsSuppressed(finding);
        }

        // A file has many findings of the same rule: its path, filter and severity are resolved once (None: not reported).
        var severities = new Dictionary<(string RuleId, string File), Severity>();
        Severity SeverityIn(string ruleId, string file)
        {
            var fullPath = Path.GetFullPath(Path.Combine(request.WorkingDirectory, file));
            return request.Configuration.Files.Includes(fullPath)
                ? EffectiveSeverity(ruleId, request.Configuration, catalog, fullPath)
                : Severity.None;
        }

        var diagnostics = new List<Diagnostic>();
        foreach (var finding in findings)
        {
            var key = (finding.RuleId, finding.Location.File);
            if (!severities.TryGetValue(key, out var severity))
                severities[key] = severity = SeverityIn(finding.RuleId, finding.Location.File);
            if (severity == Severity.None) continue;
            if (IsSuppressed(finding)) continue;
            var helpUri = catalog.TryGet(finding.RuleId, out var descriptor) ? descriptor.HelpUri : string.Empty;
            diagnostics.Add(new Diagnostic(finding.RuleId, severity, finding.Location, finding.Message, helpUri)
            {
                Related = finding.Related,
                Help = finding.Help,
                QuotesSecret = finding.QuotesSecret,
            });
        }
        // A file in several projects (a default file and each overlay joined to it) gets the same finding from each:
        // one per place and cause. By value, related locations included: the record compares that list by reference.
        return diagnostics
            .GroupBy(d => (d.RuleId, d.Severity, d.Location, d.Message, d.Help, Related: string.Join("\n", d.Related.Select(r => $"{r.Location.File} {r.Location.Span} {r.Message}"))))
            .Select(g => g.First())
            .OrderBy(d => d.Location.File, StringComparer.Ordinal)
            .ThenBy(d => d.Location.Line)
            .ThenBy(d => d.Location.Column)
            .ThenBy(d => d.RuleId, StringComparer.Ordinal)
            .ThenBy(d => d.Location.EndLine)
            .ThenBy(d => d.Location.EndColumn)
            .ThenBy(d => d.Message, StringComparer.Ordinal)
            .ToArray();
    }

    /// <summary>
    /// A rule's severity in a file (absolute path): its default in rules.json under the profile and the file's role,
    /// overridden by the configuration.
    /// </summary>
    public static Severity EffectiveSeverity(string ruleId, LintConfiguration configuration, RuleCatalog catalog, string fullPath) =>
        configuration.SeverityOf(ruleId, fullPath,
            catalog.TryGet(ruleId, out var descriptor) ? configuration.DefaultSeverityOf(descriptor, fullPath) : Severity.Warning);

    private static Severity ProfileSeverity(string ruleId, LintConfiguration configuration, RuleCatalog catalog) =>
        catalog.TryGet(ruleId, out var descriptor) ? configuration.ProfileSeverityOf(descriptor) : Severity.Warning;
}

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
        bool IsRuleOn(string ruleId) => !configuration.IsOffEverywhere(ruleId, ProfileSeverity(ruleId, configuration, catalog));
        var enabled = rules.Where(b => IsRuleOn(b.Rule.Id)).Select(b => (Binding: b, Options: configuration.OptionsFor(b.Rule.Id))).ToArray();
        var unshipped = new UnshippedStages();
        // ShellCheck is given every Dockerfile's scripts in one batch: with it on, every Dockerfile is kept until then.
        using var loadTimeRules = IsRuleOn(RuleIds.ShellCheckWarning) || IsRuleOn(RuleIds.ShellCheckNote) ? null
            : new LoadTimeRules(enabled.Where(r => LoadTimeModels.Contains(r.Binding.ModelType)), configuration.Policy, unshipped);
        var context = new LoadContext(request.Files, configuration.Policy, request.FileSystem, request.Boundary,
            fullPath => DisplayPaths.Relative(request.WorkingDirectory, fullPath), request.ShellChecker)
        {
            IsRuleOn = IsRuleOn,
            RulesAtLoad = loadTimeRules,
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
        unshipped.AddModels(context.Models);
        findings.AddRange(RunRules(enabled, context.Models, configuration.Policy, unshipped));

        var diagnostics = ApplyPolicy(findings, request, catalog, unshipped);
        return new LintResult(diagnostics, context.Models)
        {
            FileCount = context.SourcePaths.Concat(diagnostics.Select(d => d.Location.File)).Distinct(StringComparer.Ordinal).Count(),
        };
    }

    /// <summary>The models of one Dockerfile that <see cref="Dockerfiles.DockerfileLoader"/> checks at load when no compose project builds it.</summary>
    private static readonly HashSet<Type> LoadTimeModels =
        [typeof(Dockerfiles.DockerfileDocument), typeof(Deployment.ImageDockerfile), typeof(Dockerfiles.BuiltDockerfile), typeof(Deployment.BuildContextUpload)];

    private static IEnumerable<Finding> RunRules(IReadOnlyList<(RuleBinding Binding, RuleOptions Options)> enabled, ModelSet models, LintPolicy policy,
        UnshippedStages unshipped)
    {
        var work = enabled
            .Select(r => new RuleWork(r.Binding, r.Binding.ModelsIn(models), r.Options))
            .Where(w => w.Models.Count > 0)
            .ToArray();
        // Rule k's findings on its model m go to slot firsts[k] + m: the findings come in the same order whatever the
        // scheduling (the final sort then sees the same input on every run).
        var firsts = new int[work.Length];
        var slotCount = 0;
        for (var k = 0; k < work.Length; k++)
        {
            firsts[k] = slotCount;
            slotCount += work[k].Models.Count;
        }
        var results = new IReadOnlyList<Finding>[slotCount];
        var items = WorkItems(work);
        System.Threading.Tasks.Parallel.For(0, items.Length, () => new RuleContexts(work, policy, unshipped), (i, _, contexts) =>
        {
            var (rules, model) = items[i];
            foreach (var k in rules)
            {
                var unit = work[k];
                var context = contexts.For(k);
                try
                {
                    unit.Binding.Check(unit.Models[model], context);
                    results[firsts[k] + model] = context.TakeFindings();
                }
                catch (Exception e)
                {
                    context.TakeFindings();
                    results[firsts[k] + model] = [InternalError(unit.Binding.Rule.Id, ".", e)];
                }
            }
            return contexts;
        }, _ => { });
        return results.SelectMany(r => r);
    }

    /// <summary>A type with fewer models than this is checked rule by rule (see <see cref="WorkItems"/>).</summary>
    private const int FewModels = 64;

    /// <summary>
    /// What a thread takes at a time: a model with every rule of its type, so the model stays in the cache while the
    /// rules read it (rule after rule over all models streamed each model of the run through the cache once per rule).
    /// A type with few models (the deployment, a handful of compose projects) is split by rule instead: as one piece
    /// it would leave the other threads idle while one checked it.
    /// </summary>
    private static (int[] Rules, int Model)[] WorkItems(RuleWork[] work)
    {
        var items = new List<(int[] Rules, int Model)>();
        foreach (var sameType in Enumerable.Range(0, work.Length).GroupBy(k => work[k].Binding.ModelType))
        {
            var rules = sameType.ToArray();
            var modelCount = work[rules[0]].Models.Count;
            for (var model = 0; model < modelCount; model++)
            {
                if (modelCount >= FewModels) items.Add((rules, model));
                else foreach (var k in rules) items.Add(([k], model));
            }
        }
        return items.ToArray();
    }

    /// <summary>A rule, the models it checks in this run, and its options.</summary>
    private sealed record RuleWork(RuleBinding Binding, IReadOnlyList<object> Models, RuleOptions Options);

    /// <summary>One thread's context for each rule: a rule's checks on many models report through one context.</summary>
    private sealed class RuleContexts(RuleWork[] work, LintPolicy policy, UnshippedStages unshipped)
    {
        private readonly RuleContext?[] _contexts = new RuleContext?[work.Length];

        public RuleContext For(int rule) =>
            _contexts[rule] ??= new RuleContext(work[rule].Binding.Rule.Id, policy, work[rule].Options, unshipped);
    }

    internal static Finding InternalError(string where, string file, Exception e) =>
        RuleContext.Render(RuleIds.InternalError, Location.StartOf(file),
            // The type only, as for loaders: an exception's message may quote the file, and the file may hold a secret.
            $"Internal error in {where} ({e.GetType().Name}). Please report it with the file; the other rules ran.", []);

    private static IReadOnlyList<Diagnostic> ApplyPolicy(List<Finding> findings, LintRequest request, RuleCatalog catalog, UnshippedStages unshipped)
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
        var severities = new Dictionary<(string RuleId, string File, bool Unshipped), Severity>();
        Severity SeverityIn(string ruleId, string file, bool inUnshippedStage)
        {
            var fullPath = FullPaths.Of(Path.Combine(request.WorkingDirectory, file));
            return request.Configuration.Files.Includes(fullPath)
                ? EffectiveSeverity(ruleId, request.Configuration, catalog, fullPath, inUnshippedStage)
                : Severity.None;
        }

        var diagnostics = new List<Diagnostic>();
        foreach (var finding in findings)
        {
            var key = (finding.RuleId, finding.Location.File, unshipped.Contains(finding.Location));
            if (!severities.TryGetValue(key, out var severity))
                severities[key] = severity = SeverityIn(key.RuleId, key.File, key.Item3);
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
        // One finding per rule, place and message: a file shared by several projects (two compose files including it, a
        // Dockerfile two services build) is checked once per project, and the copies differ only in their related-location lists.
        return diagnostics
            .GroupBy(d => (d.RuleId, d.Location, d.Message))
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
    /// <param name="inUnshippedStage">The finding is in a Dockerfile stage no image ships (<see cref="UnshippedStages"/>).</param>
    public static Severity EffectiveSeverity(string ruleId, LintConfiguration configuration, RuleCatalog catalog, string fullPath, bool inUnshippedStage = false) =>
        configuration.SeverityOf(ruleId, fullPath,
            catalog.TryGet(ruleId, out var descriptor) ? configuration.DefaultSeverityOf(descriptor, fullPath, inUnshippedStage) : Severity.Warning);

    private static Severity ProfileSeverity(string ruleId, LintConfiguration configuration, RuleCatalog catalog) =>
        catalog.TryGet(ruleId, out var descriptor) ? configuration.ProfileSeverityOf(descriptor) : Severity.Warning;
}

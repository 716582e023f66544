using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using RedFire.Lint.Findings;
using RedFire.Lint.Policy;
using RedFire.Lint.Rules;

namespace RedFire.Lint.Engine;

/// <summary>
/// The rules of one file's models, run while the file is loaded: for a Dockerfile no compose project of the run builds,
/// nothing else reads those models, so they are dropped at once instead of living until every file is loaded (a
/// Dockerfile run's models were 39 MB for 2 MB of files, copied by each collection meanwhile).
/// </summary>
internal sealed class LoadTimeRules : IDisposable
{
    private readonly (RuleBinding Binding, RuleOptions Options)[] _rules;
    private readonly LintPolicy _policy;

    // One context per rule and thread, as the run's rule pass keeps them: a rule's checks of many files report through one.
    private readonly ThreadLocal<RuleContext?[]> _contexts;

    public LoadTimeRules(IEnumerable<(RuleBinding Binding, RuleOptions Options)> rules, LintPolicy policy, UnshippedStages unshipped)
    {
        _rules = rules.ToArray();
        _policy = policy;
        Unshipped = unshipped;
        _contexts = new ThreadLocal<RuleContext?[]>(() => new RuleContext?[_rules.Length]);
    }

    /// <summary>The stages the rules treat as not shipped; a file's must be added before its models are checked.</summary>
    public UnshippedStages Unshipped { get; }

    /// <summary>Every rule's findings on each of one file's <paramref name="models"/>, model by model in rule order.</summary>
    public IReadOnlyList<Finding> Check(IEnumerable<object> models)
    {
        var contexts = _contexts.Value!;
        var findings = new List<Finding>();
        foreach (var model in models)
            for (var k = 0; k < _rules.Length; k++)
            {
                var (binding, options) = _rules[k];
                if (binding.ModelType != model.GetType()) continue;
                var context = contexts[k] ??= new RuleContext(binding.Rule.Id, _policy, options, Unshipped);
                try
                {
                    binding.Check(model, context);
                    findings.AddRange(context.TakeFindings());
                }
                catch (Exception e)
                {
                    context.TakeFindings();
                    findings.Add(Linter.InternalError(binding.Rule.Id, ".", e));
                }
            }
        return findings;
    }

    public void Dispose() => _contexts.Dispose();
}

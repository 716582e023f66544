using System;
using System.Collections.Generic;
using System.Linq;
using RedFire.Lint.Rules;

namespace RedFire.Lint.Engine;

/// <summary>Every rule (<see cref="RuleList"/>) once, and each bound to the model types it checks.</summary>
public static class RuleRegistry
{
    private static readonly Lazy<IReadOnlyList<IRule>> LazyRules = new(() => RuleList.Create().OrderBy(r => r.Id, StringComparer.Ordinal).ToArray());
    private static readonly Lazy<IReadOnlyList<RuleBinding>> LazyBindings = new(() => Bind(Rules));

    public static IReadOnlyList<IRule> Rules => LazyRules.Value;

    /// <summary>Every rule bound to each of its model types, in rule id order.</summary>
    internal static IReadOnlyList<RuleBinding> Bindings => LazyBindings.Value;

    /// <summary>One binding per model type the rule implements <see cref="IRule{TModel}"/> for.</summary>
    internal static IReadOnlyList<RuleBinding> Bind(IEnumerable<IRule> rules) =>
        rules.SelectMany(rule => rule.GetType().GetInterfaces()
                .Where(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IRule<>))
                .Select(i => (RuleBinding)Activator.CreateInstance(typeof(RuleBinding<>).MakeGenericType(i.GetGenericArguments()[0]), rule)!))
            .ToArray();
}

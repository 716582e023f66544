using System;
using System.Collections.Generic;
using System.Linq;
using RedFire.Lint.Rules;

namespace RedFire.Lint.Engine;

/// <summary>Finds every rule class in this assembly once, and binds each to the model types it checks.</summary>
public static class RuleRegistry
{
    private static readonly Lazy<IReadOnlyList<IRule>> LazyRules = new(Discover);
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

    private static IReadOnlyList<IRule> Discover() =>
        typeof(IRule).Assembly.GetTypes()
            .Where(t => t.IsClass && !t.IsAbstract && typeof(IRule).IsAssignableFrom(t) && t.GetConstructor(Type.EmptyTypes) is not null)
            .Select(t => (IRule)Activator.CreateInstance(t)!)
            .OrderBy(r => r.Id, StringComparer.Ordinal)
            .ToArray();
}

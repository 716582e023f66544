using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using RedFire.Lint.Rules;

namespace RedFire.Lint.Engine;

/// <summary>Finds every rule class in this assembly once, and the model types each one checks.</summary>
public static class RuleRegistry
{
    private static readonly Lazy<IReadOnlyList<IRule>> LazyRules = new(Discover);

    public static IReadOnlyList<IRule> Rules => LazyRules.Value;

    /// <summary>The model types a rule implements <see cref="IRule{TModel}"/> for.</summary>
    public static IEnumerable<Type> ModelTypesOf(IRule rule) =>
        rule.GetType().GetInterfaces()
            .Where(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IRule<>))
            .Select(i => i.GetGenericArguments()[0]);

    private static IReadOnlyList<IRule> Discover() =>
        typeof(IRule).Assembly.GetTypes()
            .Where(t => t.IsClass && !t.IsAbstract && typeof(IRule).IsAssignableFrom(t) && t.GetConstructor(Type.EmptyTypes) is not null)
            .Select(t => (IRule)Activator.CreateInstance(t)!)
            .OrderBy(r => r.Id, StringComparer.Ordinal)
            .ToArray();

    internal static void Run(IRule rule, Type modelType, object model, RuleContext context)
    {
        var check = typeof(IRule<>).MakeGenericType(modelType).GetMethod(nameof(IRule<object>.Check))!;
        try
        {
            check.Invoke(rule, [model, context]);
        }
        catch (TargetInvocationException e) when (e.InnerException is not null)
        {
            throw e.InnerException;
        }
    }
}

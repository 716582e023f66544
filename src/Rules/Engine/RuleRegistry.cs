using System;
using System.Collections.Generic;
using System.Linq;
using RedFire.Lint.Compose;
using RedFire.Lint.Deployment;
using RedFire.Lint.Dockerfiles;
using RedFire.Lint.Dockerfiles.ShellCheck;
using RedFire.Lint.Env;
using RedFire.Lint.Nginx;
using RedFire.Lint.Rules;
using RedFire.Lint.Secrets;

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
        rules.SelectMany(rule => Binders.Select(bind => bind(rule)).OfType<RuleBinding>()).ToArray();

    /// <summary>
    /// Every model type, each as a typed test of a rule: no reflection, so the native (ahead-of-time compiled) CLI
    /// binds rules as the JIT-compiled one does. <c>RuleDispatchTests</c> fails when a rule checks a model type missing here.
    /// </summary>
    private static readonly Func<IRule, RuleBinding?>[] Binders =
    [
        BinderOf<BuildContextUpload>, BinderOf<BuiltDockerfile>, BinderOf<ComposeProject>, BinderOf<DeploymentModel>,
        BinderOf<DockerfileDocument>, BinderOf<EnvFile>, BinderOf<ImageDockerfile>, BinderOf<NginxConfig>,
        BinderOf<NginxConfigSet>, BinderOf<ScannedSource>, BinderOf<ShellCheckResults>,
    ];

    private static RuleBinding? BinderOf<TModel>(IRule rule) where TModel : class =>
        rule is IRule<TModel> typed ? new RuleBinding<TModel>(typed) : null;
}

using RedFire.Lint.Compose;
using RedFire.Lint.Findings;
using RedFire.Lint.Secrets;

namespace RedFire.Lint.Rules.Secrets;

/// <summary>
/// RF3006: a secret falls back to a weak default — <c>${DB_PASSWORD:-changeit}</c>, <c>:-123</c>, <c>:-postgres</c>
/// — so a deployment that forgets the variable starts with a password anyone can guess instead of stopping.
/// </summary>
public sealed class WeakDefaultSecretRule : IRule<ComposeProject>
{
    public string Id => RuleIds.WeakDefaultSecret;

    public void Check(ComposeProject model, RuleContext context)
    {
        foreach (var use in ComposePlaces.SecretVariables(model))
        {
            if (use.Default is not { Length: > 0 } fallback || fallback[0] == '$' || !SecretValues.IsWeak(fallback)) continue;
            var name = use.Variable.Name;
            context.Report(use.Variable.Location,
                $"{use.Subject} falls back to the weak default {new Sensitive(fallback)} when {name} is unset, so a deployment that forgets it starts with a guessable secret.",
                $"Write ${{{name}:?{name} is required}} so that the deployment stops instead of using the default.");
        }
    }
}

using RedFire.Lint.Compose;
using RedFire.Lint.Compose.Interpolation;
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
        foreach (var (value, variable) in ComposePlaces.SecretVariables(model))
        {
            if (variable.Syntax is not (VariableSyntax.DefaultIfUnset or VariableSyntax.DefaultIfUnsetOrEmpty)) continue;
            if (OptionalSecretVariableRule.DefaultOf(value.Scalar.Raw, variable.Name) is not { Length: > 0 } fallback
                || fallback[0] == '$' || !SecretValues.IsWeak(fallback)) continue;
            var setting = value.Name is null ? string.Empty : $" {value.Name}";
            context.Report(variable.Location,
                $"{Sentence.Capitalized(value.Where)}{setting} falls back to the weak default {new Sensitive(fallback)} when {variable.Name} is unset, so a deployment that forgets it starts with a guessable secret.",
                $"Write ${{{variable.Name}:?{variable.Name} is required}} so that the deployment stops instead of using the default.");
        }
    }
}

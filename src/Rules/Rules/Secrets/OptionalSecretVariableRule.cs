using RedFire.Lint.Compose;
using RedFire.Lint.Compose.Interpolation;
using RedFire.Lint.Secrets;

namespace RedFire.Lint.Rules.Secrets;

/// <summary>
/// RF3004: a compose file takes a secret from a variable that may be unset — <c>${DB_PASSWORD}</c> or an empty
/// default <c>${DB_PASSWORD:-}</c> — where the variable or the setting is secret-named. Compose then substitutes an
/// empty string and the service starts with an empty password instead of refusing to deploy.
/// <c>${DB_PASSWORD:?…}</c> is the fix; a weak default (<c>:-changeit</c>) is RF3006's, a strong literal one RF3002/RF3003's.
/// </summary>
public sealed class OptionalSecretVariableRule : IRule<ComposeProject>
{
    public string Id => RuleIds.OptionalSecretVariable;

    public void Check(ComposeProject model, RuleContext context)
    {
        foreach (var use in ComposePlaces.SecretVariables(model))
        {
            if (!MayBeEmpty(use)) continue;
            var name = use.Variable.Name;
            context.Report(use.Variable.Location,
                $"{use.Subject} takes the secret from {name} with no ':?', so when {name} is unset Compose substitutes an empty string and the service starts with an empty secret.",
                $"Write ${{{name}:?{name} is required}} so that the deployment stops instead.");
        }
    }

    /// <summary>Plain and alternative forms give an empty string when unset; a default does only when it is empty.</summary>
    private static bool MayBeEmpty(SecretVariableUse use) => use.Variable.Syntax switch
    {
        VariableSyntax.Required or VariableSyntax.RequiredNonEmpty => false,
        VariableSyntax.DefaultIfUnset or VariableSyntax.DefaultIfUnsetOrEmpty => use.Default is { Length: 0 },
        _ => true,
    };
}

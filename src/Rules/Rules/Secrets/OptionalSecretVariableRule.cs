using RedFire.Lint.Findings;
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
        foreach (var (value, variable) in ComposePlaces.SecretVariables(model))
        {
            if (!MayBeEmpty(variable, value.Scalar.Raw)) continue;
            var setting = value.Name is null ? string.Empty : $" {value.Name}";
            context.Report(variable.Location,
                $"{Sentence.Capitalized(value.Where)}{setting} takes the secret from {variable.Name} with no ':?', so when {variable.Name} is unset Compose substitutes an empty string and the service starts with an empty secret.",
                $"Write ${{{variable.Name}:?{variable.Name} is required}} so that the deployment stops instead.");
        }
    }

    /// <summary>Plain and alternative forms give an empty string when unset; a default does only when it is empty.</summary>
    private static bool MayBeEmpty(VariableReference variable, string raw) => variable.Syntax switch
    {
        VariableSyntax.Required or VariableSyntax.RequiredNonEmpty => false,
        VariableSyntax.DefaultIfUnset or VariableSyntax.DefaultIfUnsetOrEmpty => DefaultOf(raw, variable.Name) is { Length: 0 },
        _ => true,
    };


    /// <summary>The default text of the first <c>${name:-default}</c> / <c>${name-default}</c> in <paramref name="raw"/>.</summary>
    internal static string? DefaultOf(string raw, string name)
    {
        var start = raw.IndexOf("${" + name, System.StringComparison.Ordinal);
        if (start < 0) return null;
        var depth = 0;
        for (var end = start + 1; end < raw.Length; end++)
        {
            if (raw[end] == '{') depth++;
            else if (raw[end] == '}' && --depth == 0)
            {
                var reference = WholeValueReference.ParseWhole(raw, start, end + 1);
                return reference is null ? null : raw.Substring(reference.DefaultStart, reference.DefaultLength);
            }
        }
        return null;
    }
}

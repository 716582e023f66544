using System.Collections.Generic;
using RedFire.Lint.Compose;
using RedFire.Lint.Compose.Interpolation;
using RedFire.Lint.Secrets;
using RedFire.Lint.Sources;

namespace RedFire.Lint.Rules.Secrets;

/// <summary>
/// RF3004: a compose file takes a secret from a variable that may be unset — <c>${DB_PASSWORD}</c>, or a default
/// that is empty or a placeholder — where the variable or the setting is secret-named. Compose then substitutes an
/// empty string and the service starts with an empty password instead of refusing to deploy.
/// <c>${DB_PASSWORD:?…}</c> is the fix; a literal default is RF3002/RF3003's (it is hard-coded).
/// </summary>
public sealed class OptionalSecretVariableRule : IRule<ComposeProject>
{
    public string Id => RuleIds.OptionalSecretVariable;

    public void Check(ComposeProject model, RuleContext context)
    {
        var reported = new HashSet<Location>();
        foreach (var value in ComposePlaces.Values(model))
        {
            var settingIsSecret = value.Name is not null && SecretNames.IsSecret(value.Name);
            foreach (var variable in value.Scalar.Variables)
            {
                if (!settingIsSecret && !SecretNames.IsSecret(variable.Name)) continue;
                if (!MayBeEmpty(variable, value.Scalar.Raw) || !reported.Add(variable.Location)) continue;
                var setting = value.Name is null ? string.Empty : $" {value.Name}";
                context.Report(variable.Location,
                    $"{value.Source.Path}: {value.Where}{setting} takes the secret from {variable.Name} without ':?': when {variable.Name} is unset, Compose substitutes an empty string and the service starts with an empty secret. Write ${{{variable.Name}:?{variable.Name} is required}} so that the deployment stops instead.");
            }
        }
    }

    /// <summary>Plain and alternative forms give an empty string when unset; a default does too when it is empty or a placeholder.</summary>
    private static bool MayBeEmpty(VariableReference variable, string raw) => variable.Syntax switch
    {
        VariableSyntax.Required or VariableSyntax.RequiredNonEmpty => false,
        VariableSyntax.DefaultIfUnset or VariableSyntax.DefaultIfUnsetOrEmpty => DefaultOf(raw, variable.Name) is not { } fallback
            || fallback.Length == 0 || SecretValues.IsPlaceholder(fallback),
        _ => true,
    };

    /// <summary>The default text of the first <c>${name:-default}</c> / <c>${name-default}</c> in <paramref name="raw"/>.</summary>
    private static string? DefaultOf(string raw, string name)
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

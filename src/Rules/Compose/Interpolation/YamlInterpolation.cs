using System.Collections.Generic;
using System.Linq;
using RedFire.Lint.Compose.Yaml;
using RedFire.Lint.Rules;
using RedFire.Lint.Sources;

namespace RedFire.Lint.Compose.Interpolation;

/// <summary>
/// Interpolates every scalar value of one file's tree in place (keys never, as in Compose), keeping the raw
/// text, and reports unset variables at their <c>${…}</c>: a warning for a plain reference (Compose quietly
/// substitutes an empty string), info for <c>${VAR:?message}</c> (the author demands it at deploy time).
/// </summary>
internal static class YamlInterpolation
{
    public static void Apply(YamlNode root, SourceFile source, ComposeEnvironment environment, FindingSink report)
    {
        var interpolator = new TemplateInterpolator(environment.Lookup);
        var where = environment.Sources.Count == 0 ? "the .env file beside the compose file" : string.Join(" or ", environment.Sources);
        var pending = new Stack<YamlNode>();
        pending.Push(root);
        while (pending.Count > 0)
        {
            switch (pending.Pop())
            {
                // Children are pushed last first, so values are visited in document order and an unset variable is reported at its first use.
                case YamlMapping mapping:
                    foreach (var entry in mapping.Entries.Reverse()) pending.Push(entry.Value);
                    break;
                case YamlSequence sequence:
                    foreach (var item in sequence.Items.Reverse()) pending.Push(item);
                    break;
                case YamlScalar scalar when scalar.Raw.IndexOf('$') >= 0 && scalar.Variables.Count == 0 && scalar.Value == scalar.Raw:
                    Interpolate(scalar, source, interpolator, where, environment, report);
                    break;
            }
        }
    }

    private static void Interpolate(YamlScalar scalar, SourceFile source, TemplateInterpolator interpolator, string where, ComposeEnvironment environment, FindingSink report)
    {
        var result = interpolator.Interpolate(scalar.Raw);
        scalar.Value = result.Value;
        scalar.Variables = result.Variables
            .Select(v => new VariableReference(v.Name, v.Syntax, LocationOf(scalar, source, v.Start, v.Length)) { IsSet = v.IsSet, RequiredMessage = v.RequiredMessage })
            .ToArray();
        if (result.Error is not null)
        {
            report(RuleIds.InvalidInterpolation, LocationOf(scalar, source, result.ErrorStart, result.ErrorLength),
                $"{result.Error}",
                $"Write ${{NAME}}, ${{NAME:-default}}, ${{NAME:?error}} or ${{NAME:+value}}, or '$$' for a literal dollar sign.");
        }
        foreach (var variable in scalar.Variables.Where(v => !v.IsSet && !environment.DocumentedUnset.Contains(v.Name) && environment.FirstReport(v.Name)))
        {
            switch (variable.Syntax)
            {
                case VariableSyntax.Plain when environment.OtherEnvFiles.TryGetValue(variable.Name, out var other):
                    if (environment.FirstReport(other))
                        report(RuleIds.UnsetVariable, variable.Location,
                            $"Variable {variable.Name} is set in neither {where} nor a default ({other} defines it, but Compose reads that file only when given --env-file {other}), so Compose substitutes an empty string.",
                            $"Pass --env-file {other}, which sets {variable.Name} and the other variables it defines (they are not reported one by one), or define {variable.Name} in {where}.");
                    break;
                case VariableSyntax.Plain:
                    report(RuleIds.UnsetVariable, variable.Location,
                        $"Variable {variable.Name} is set in neither {where} nor a default, so Compose substitutes an empty string.",
                        $"Define {variable.Name} in {where}, give a default (${{{variable.Name}:-value}}) or demand it (${{{variable.Name}:?message}}).");
                    break;
                case VariableSyntax.Required or VariableSyntax.RequiredNonEmpty:
                    report(RuleIds.RequiredVariableUnset, variable.Location,
                        $"Required variable {variable.Name} is not set where the linter runs, so its value is unknown at lint time and Compose stops with '{variable.RequiredMessage}' wherever it is unset.",
                        $"Make sure the deployment defines {variable.Name}.");
                    break;
            }
        }
    }

    /// <summary>The span of a piece of the scalar's text, or the whole scalar when its text does not map onto the source.</summary>
    private static Location LocationOf(YamlScalar scalar, SourceFile source, int start, int length) =>
        scalar.SourceOffset is { } offset ? source.GetLocation(offset + start, offset + start + length) : scalar.Location;
}

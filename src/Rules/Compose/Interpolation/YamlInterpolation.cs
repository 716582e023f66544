using System.Collections.Generic;
using System.Linq;
using RedFire.Lint.Compose.Yaml;
using RedFire.Lint.Rules;
using RedFire.Lint.Sources;

namespace RedFire.Lint.Compose.Interpolation;

/// <summary>
/// Interpolates every scalar value of one file's tree (keys never, as in Compose), keeping the raw text, and
/// reports unset variables at their <c>${…}</c>: a warning for a plain reference (Compose quietly substitutes an
/// empty string), info for <c>${VAR:?message}</c> (the author demands it at deploy time). The parsed tree is shared
/// by every project that reads the file (<see cref="YamlFileCache"/>), so the result is a new tree that copies only
/// the interpolated scalars and the collections above them.
/// </summary>
internal static class YamlInterpolation
{
    public static YamlMapping Apply(YamlMapping root, SourceFile source, ComposeEnvironment environment, FindingSink report)
    {
        var interpolation = new Interpolation(new TemplateInterpolator(environment.Lookup), source, environment, report);
        return (YamlMapping)interpolation.Visit(root);
    }

    /// <summary>Values are visited in document order, so an unset variable is reported at its first use.</summary>
    private sealed class Interpolation(TemplateInterpolator interpolator, SourceFile source, ComposeEnvironment environment, FindingSink report)
    {
        private readonly string _where = environment.Sources.Count == 0 ? "the .env file beside the compose file" : string.Join(" or ", environment.Sources);

        // Recursive, as ComposeJson is: the reader bounds written nesting and alias expansion (ComposeLimits), which keeps
        // even a chain of aliases nested in each other to a depth in the hundreds.
        public YamlNode Visit(YamlNode node)
        {
            switch (node)
            {
                case YamlMapping mapping:
                    List<YamlEntry>? entries = null;
                    for (var i = 0; i < mapping.Entries.Count; i++)
                    {
                        var entry = mapping.Entries[i];
                        var value = Visit(entry.Value);
                        if (ReferenceEquals(value, entry.Value)) continue;
                        entries ??= new List<YamlEntry>(mapping.Entries);
                        entries[i] = new YamlEntry(entry.Key, value);
                    }
                    return entries is null ? mapping : new YamlMapping(mapping.Location, mapping.Tag, entries) { MergedAt = mapping.MergedAt };
                case YamlSequence sequence:
                    List<YamlNode>? items = null;
                    for (var i = 0; i < sequence.Items.Count; i++)
                    {
                        var item = Visit(sequence.Items[i]);
                        if (ReferenceEquals(item, sequence.Items[i])) continue;
                        items ??= new List<YamlNode>(sequence.Items);
                        items[i] = item;
                    }
                    return items is null ? sequence : new YamlSequence(sequence.Location, sequence.Tag, items) { MergedAt = sequence.MergedAt };
                case YamlScalar scalar when scalar.Raw.IndexOf('$') >= 0:
                    var copy = (YamlScalar)scalar.ShallowCopy();
                    Interpolate(copy);
                    return copy;
                default:
                    return node;
            }
        }

        private void Interpolate(YamlScalar scalar)
        {
            var result = interpolator.Interpolate(scalar.Raw);
            scalar.Value = result.Value;
            scalar.Variables = result.Variables
                .Select(v => new VariableReference(v.Name, v.Syntax, LocationOf(scalar, v.Start, v.Length)) { IsSet = v.IsSet, RequiredMessage = v.RequiredMessage })
                .ToArray();
            if (result.Error is not null)
            {
                report(RuleIds.InvalidInterpolation, LocationOf(scalar, result.ErrorStart, result.ErrorLength),
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
                                $"Variable {variable.Name} is set in neither {_where} nor a default ({other} defines it, but Compose reads that file only when given --env-file {other}), so Compose substitutes an empty string.",
                                $"Pass --env-file {other}, which sets {variable.Name} and the other variables it defines (they are not reported one by one), or define {variable.Name} in {_where}.");
                        break;
                    case VariableSyntax.Plain:
                        report(RuleIds.UnsetVariable, variable.Location,
                            $"Variable {variable.Name} is set in neither {_where} nor a default, so Compose substitutes an empty string.",
                            $"Define {variable.Name} in {_where}, give a default (${{{variable.Name}:-value}}) or demand it (${{{variable.Name}:?message}}).");
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
        private Location LocationOf(YamlScalar scalar, int start, int length) =>
            scalar.SourceOffset is { } offset ? source.GetLocation(offset + start, offset + start + length) : scalar.Location;
    }
}

using RedFire.Lint.Compose.Interpolation;
using RedFire.Lint.Findings;

namespace RedFire.Lint.Secrets;

/// <summary>A variable interpolated where a secret goes (<see cref="ComposePlaces.SecretVariables"/>), and the value it is in.</summary>
internal sealed record SecretVariableUse(ComposeValue Value, VariableReference Variable)
{
    /// <summary>The place, to begin a message: "Service 'db' POSTGRES_PASSWORD", "'command' of service 'cache'".</summary>
    public string Subject => Value.Name is null ? Sentence.Capitalized(Value.Where) : $"{Sentence.Capitalized(Value.Where)} {Value.Name}";

    /// <summary>What Compose substitutes when the variable is unset: the default of <c>${name:-default}</c> / <c>${name-default}</c>; null without one.</summary>
    public string? Default
    {
        get
        {
            if (Variable.Syntax is not (VariableSyntax.DefaultIfUnset or VariableSyntax.DefaultIfUnsetOrEmpty)) return null;
            var raw = Value.Scalar.Raw;
            var start = raw.IndexOf("${" + Variable.Name, System.StringComparison.Ordinal);
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
}

using RedFire.Lint.Env;

namespace RedFire.Lint.Rules.Env;

/// <summary>
/// RF2503: an unquoted value that other readers of the same file see differently: inner blanks (a shell that
/// sources the file runs the second word as a command) or a '#' that Compose keeps in the value (it only
/// starts a comment at " #").
/// </summary>
public sealed class EnvValueAmbiguous : IRule<EnvFile>
{
    public string Id => RuleIds.EnvValueAmbiguous;

    public void Check(EnvFile model, RuleContext context)
    {
        foreach (var entry in model.Entries)
        {
            if (entry.Quote != EnvQuote.None || entry.ValueLocation is not { } valueLocation) continue;
            var raw = entry.RawValue;
            var hash = raw.IndexOf('#');
            if (hash >= 0)
            {
                context.Report(valueLocation,
                    $"The unquoted value of {entry.Key} has a '#' at column {valueLocation.Column + hash}: docker compose keeps it in the value, other tools cut the value there.",
                    $"Quote the value if the '#' belongs to it, or put a space before '#' to make it a comment.");
            }
            else if (HasInnerBlank(raw))
            {
                context.Report(valueLocation,
                    $"The unquoted value of {entry.Key} has spaces: docker compose keeps them, a shell that sources the file runs the words after the first as a command.",
                    $"Quote the value: {entry.Key}=\"…\".");
            }
        }
    }

    private static bool HasInnerBlank(string value)
    {
        foreach (var c in value)
            if (c is ' ' or '\t') return true;
        return false;
    }
}

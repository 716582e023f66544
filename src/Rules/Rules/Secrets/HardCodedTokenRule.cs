using RedFire.Lint.Secrets;

namespace RedFire.Lint.Rules.Secrets;

/// <summary>
/// RF3001: a credential in a known format anywhere in a linted file. Scans the raw text, so it also finds tokens
/// in comments, heredocs and C# literals; the other secret rules leave known formats to this one.
/// </summary>
public sealed class HardCodedTokenRule : IRule<ScannedSource>
{
    public string Id => RuleIds.HardCodedToken;

    public void Check(ScannedSource model, RuleContext context)
    {
        var source = model.Source;
        foreach (var match in SecretDetector.FindKnownFormats(source.Text))
            context.Report(source.GetLocation(match.Start, match.End),
                $"A hard-coded {match.Description} ({match.Secret}) is written here instead of being supplied at deploy time, so anyone who can read the repository or the image can use it.",
                $"Revoke it, then supply it at deploy time through an environment variable set outside the repository or a secret file (/run/secrets/…).");
    }
}

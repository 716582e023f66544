using System.Collections.Generic;
using RedFire.Lint.Env;
using RedFire.Lint.Secrets;

namespace RedFire.Lint.Rules.Secrets;

/// <summary>
/// RF3002: a setting whose name says it holds a secret (DB_PASSWORD, JWT_SECRET_KEY, apiKey…) has a literal value,
/// or a key-like setting (SIGNING_KEY, SALT) a random-looking one. References, placeholders, file paths and
/// public keys are fine; known token formats are RF3001's. In sample files (.env.example) only random-looking
/// values count.
/// </summary>
public sealed class HardCodedSecretSettingRule : IRule<EnvFile>
{
    public string Id => RuleIds.HardCodedSecretSetting;

    public void Check(EnvFile model, RuleContext context) => Check(EnvFilePlaces.Of(model), context);

    private static void Check(IEnumerable<SecretPlace> places, RuleContext context)
    {
        foreach (var place in places)
        {
            if (place.Kind != SecretPlaceKind.Setting || place.Name is null) continue;
            var match = SecretDetector.InspectSetting(place.Name, place.Value);
            if (match is null || (place.IsDocumentation && !Entropy.LooksRandom(match.Text))) continue;
            var what = match.Kind == SecretKind.HighEntropy ? "a hard-coded random-looking key" : "a hard-coded secret";
            context.Report(place.LocationOf(match.Start, match.Length),
                $"{place.Source.Path}: {place.Where} {place.Name} holds {what} ({match.Secret}); {place.Remedy}.");
        }
    }
}

using System.Collections.Generic;
using RedFire.Lint.Compose;
using RedFire.Lint.Dockerfiles;
using RedFire.Lint.Env;
using RedFire.Lint.Findings;
using RedFire.Lint.Nginx;
using RedFire.Lint.Secrets;
using RedFire.Lint.Sources;

namespace RedFire.Lint.Rules.Secrets;

/// <summary>
/// RF3002: a setting whose name says it holds a secret (DB_PASSWORD, JWT_SECRET_KEY, apiKey…) has a literal value,
/// or a key-like setting (SIGNING_KEY, SALT) a random-looking one; so has a connection string's Password=. References,
/// placeholders, file paths and public keys are fine; known token formats are RF3001's. In sample files
/// (.env.example) only random-looking values count.
/// </summary>
public sealed class HardCodedSecretSettingRule : IRule<EnvFile>, IRule<ComposeProject>, IRule<DockerfileDocument>, IRule<NginxConfig>, IRule<ScannedSource>
{
    public string Id => RuleIds.HardCodedSecretSetting;

    public void Check(EnvFile model, RuleContext context) => Check(EnvFilePlaces.Of(model), context);

    public void Check(ComposeProject model, RuleContext context) => Check(ComposePlaces.Of(model), context);

    public void Check(DockerfileDocument model, RuleContext context) => Check(DockerfilePlaces.Of(model), context);

    public void Check(NginxConfig model, RuleContext context) => Check(NginxPlaces.Of(model), context);

    /// <summary>C# has no model of its own here: the ports class's file is read as text.</summary>
    public void Check(ScannedSource model, RuleContext context)
    {
        if (model.Source.Kind == FileKind.CSharp) Check(CSharpPlaces.Of(model.Source, context.Policy.PortsClassName), context);
    }

    private static void Check(IEnumerable<SecretPlace> places, RuleContext context)
    {
        var reported = new HashSet<Location>();
        foreach (var place in places)
        {
            if (place.Kind != SecretPlaceKind.Setting) continue;
            var named = place.Name is null ? null : SecretDetector.InspectSetting(place.Name, place.Value);
            if (named is not null)
            {
                Report(place, $"{place.Where} {place.Name}", named, 0, reported, context);
                continue;
            }
            foreach (var pair in ConnectionString.Pairs(place.Value))
            {
                var match = SecretDetector.InspectSetting(pair.Key, place.Value.Substring(pair.ValueStart, pair.ValueLength));
                var what = place.Name is null ? $"a connection string's {pair.Key}=" : $"{place.Where} {place.Name}, in its {pair.Key}=,";
                if (match is not null) Report(place, what, match, pair.ValueStart, reported, context);
            }
        }
    }

    /// <summary>Reports once per place: a value reached through several YAML anchors or nginx includes is one finding.</summary>
    private static void Report(SecretPlace place, string described, SecretMatch match, int offset, HashSet<Location> reported, RuleContext context)
    {
        if (place.IsDocumentation && !Entropy.LooksRandom(match.Text)) return;
        var location = place.LocationOf(offset + match.Start, match.Length);
        if (!reported.Add(location)) return;
        var what = match.Kind == SecretKind.HighEntropy ? "a hard-coded random-looking key" : "a hard-coded secret";
        context.Report(location,
            $"{Sentence.Capitalized(described)} holds {what} ({match.Secret}) instead of a reference to a value supplied at deploy time.",
            $"{Sentence.Of(place.Remedy)}");
    }
}

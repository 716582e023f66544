using System.Collections.Generic;
using RedFire.Lint.Compose;
using RedFire.Lint.Dockerfiles;
using RedFire.Lint.Env;
using RedFire.Lint.Findings;
using RedFire.Lint.Nginx;
using RedFire.Lint.Sources;
using RedFire.Lint.Secrets;

namespace RedFire.Lint.Rules.Secrets;

/// <summary>
/// RF3003: a password written into a URL (<c>postgresql://app:hunter22@db/app</c>) in any setting, or a credential
/// on a command line (<c>curl -u user:pass</c>, <c>echo pass | docker login --password-stdin</c>, <c>--password=…</c>).
/// References (<c>${DB_PASSWORD}</c>) and placeholders are fine; known token formats are RF3001's.
/// </summary>
public sealed class CredentialsInUrlOrCommandRule : IRule<EnvFile>, IRule<ComposeProject>, IRule<DockerfileDocument>, IRule<NginxConfig>
{
    public string Id => RuleIds.CredentialsInUrlOrCommand;

    public void Check(EnvFile model, RuleContext context) => Check(EnvFilePlaces.Of(model), context);

    public void Check(ComposeProject model, RuleContext context) => Check(ComposePlaces.Of(model), context);

    public void Check(DockerfileDocument model, RuleContext context) => Check(DockerfilePlaces.Of(model), context);

    public void Check(NginxConfig model, RuleContext context) => Check(NginxPlaces.Of(model), context);

    private static void Check(IEnumerable<SecretPlace> places, RuleContext context)
    {
        var reported = new HashSet<Location>();
        foreach (var place in places)
        {
            var matches = place.Kind == SecretPlaceKind.Command
                ? SecretDetector.FindCommandCredentials(place.Value)
                : SecretDetector.FindUrlCredentials(place.Value);
            foreach (var match in matches)
            {
                if (place.IsDocumentation && !Entropy.LooksRandom(match.Text)) continue;
                var location = place.LocationOf(match.Start, match.Length);
                if (!reported.Add(location)) continue;
                var name = place.Name is null ? string.Empty : $" {place.Name}";
                context.Report(location,
                    $"{Sentence.Capitalized(place.Where)}{name} has a hard-coded {match.Description} ({match.Secret}) instead of a reference to a value supplied at deploy time.",
                    $"{Sentence.Of(Remedy(place, match))}");
            }
        }
    }

    private static string Remedy(SecretPlace place, SecretMatch match) =>
        match.Kind == SecretKind.UrlCredential
            ? $"write the credential as a variable reference instead (scheme://user:${{DB_PASSWORD}}@host) and set it at deploy time — {place.Remedy}"
            : $"read it from a variable or a secret file instead (--password-stdin < /run/secrets/…) — {place.Remedy}";
}

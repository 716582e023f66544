using System.Linq;
using RedFire.Lint.Secrets;
using Xunit;

namespace RedFire.Lint.Tests.Secrets;

/// <summary>
/// Hostile inputs of 100 KB must be scanned in linear time by every entry point. Asserted by outcome, not by a clock:
/// every pattern runs under a match timeout (<see cref="SafeRegex"/>) and a match that times out finds nothing, so a
/// pattern that backtracks on the hostile prefix loses the real secret planted after it.
/// </summary>
public class PathologicalInputTests
{
    private const int Size = 100_000;

    public static TheoryData<string> Inputs() =>
    [
        new string('a', Size),
        new string('A', Size),
        "eyJ" + new string('a', Size),
        string.Concat(Enumerable.Repeat("eyJabcdefgh.", Size / 12)),
        string.Concat(Enumerable.Repeat("a://", Size / 4)),
        "https://" + new string('a', Size) + "@",
        string.Concat(Enumerable.Repeat("x:y@", Size / 4)),
        string.Concat(Enumerable.Repeat("${", Size / 2)),
        "-----BEGIN PRIVATE KEY-----" + new string('A', Size),
        string.Concat(Enumerable.Repeat("-----BEGIN PRIVATE KEY-----", Size / 27)),
        string.Concat(Enumerable.Repeat("Bearer ", Size / 7)),
        "Bearer " + new string('a', Size),
        "curl " + new string(' ', Size) + "-u",
        string.Concat(Enumerable.Repeat("curl -u ", Size / 8)),
        string.Concat(Enumerable.Repeat("--password ", Size / 11)),
        string.Concat(Enumerable.Repeat("echo a | ", Size / 9)),
        "AKIA" + new string('A', Size),
        string.Concat(Enumerable.Repeat("ghp_", Size / 4)),
        string.Concat(Enumerable.Repeat("xoxb-1234567-", Size / 13)),
        string.Concat(Enumerable.Repeat("sk-ab", Size / 5)) + "T3BlbkFJ",
        string.Concat(Enumerable.Repeat("AccountKey=", Size / 11)),
        string.Concat(Enumerable.Repeat("aws_secret_key=", Size / 15)),
        string.Concat(Enumerable.Repeat("0123456789", Size / 10)),
        string.Concat(Enumerable.Repeat("_-", Size / 2)),
    ];

    [Theory]
    [MemberData(nameof(Inputs))]
    public void A_hostile_prefix_does_not_hide_the_secrets_after_it(string input)
    {
        Assert.Contains(SecretDetector.FindKnownFormats(input + "\n" + SecretSamples.GitHubToken), m => m.Length == SecretSamples.GitHubToken.Length);
        Assert.NotEmpty(SecretDetector.FindUrlCredentials(input + "\npostgresql://app:Sup3rS3cret@db:5432/app"));
        Assert.NotEmpty(SecretDetector.FindCommandCredentials(input + "\ncurl -u deploy:Sup3rS3cret https://artifacts/x.tgz"));
        SecretDetector.InspectSetting("SIGNING_KEY", input); // a verdict on the value itself, asserted only to end without throwing
        Assert.Equal(SecretNameClass.Secret, SecretNames.Classify(input + "_PASSWORD"));
    }
}

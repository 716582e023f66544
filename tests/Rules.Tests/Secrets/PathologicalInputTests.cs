using System;
using System.Diagnostics;
using System.Linq;
using RedFire.Lint.Secrets;
using Xunit;

namespace RedFire.Lint.Tests.Secrets;

/// <summary>
/// Hostile inputs of 100 KB must be scanned in linear time by every entry point. A linear scan takes milliseconds;
/// the bound is generous because build machines are shared, while backtracking on 100 KB would take minutes.
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
    public void Every_scan_is_fast(string input)
    {
        var watch = Stopwatch.StartNew();
        SecretDetector.FindKnownFormats(input);
        SecretDetector.FindUrlCredentials(input);
        SecretDetector.FindCommandCredentials(input);
        SecretDetector.InspectSetting("DB_PASSWORD", input);
        SecretDetector.InspectSetting("SIGNING_KEY", input);
        SecretNames.Classify(input);
        watch.Stop();
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(5), $"took {watch.Elapsed.TotalMilliseconds} ms");
    }
}

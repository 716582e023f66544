// redfire-lint disable-file RF3001 RF3002 RF3003 -- made-up credentials for the tests
using System.Collections.Generic;
using System.Linq;

namespace RedFire.Lint.Tests.Secrets;

/// <summary>
/// Made-up credentials in the shapes of real ones (random characters, no real account behind them), shared by
/// the detector tests, the rule tests and the leak tests.
/// </summary>
public static class SecretSamples
{
    public const string GitHubToken = "ghp_u8jzPde0IgxLd6GncfBAepfJBd0Kh8oOOL8d";
    public const string GitHubFineGrainedToken = "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";
    public const string GitLabToken = "glpat-Y40uvSwMFLZDe1f8rESQ";
    public const string SlackToken = "xoxb-104974650752-9170342366712-CzJr4i0B3JrTAwR4y9ojfljo";
    public const string SlackWebhookSecret = "TOA5LQSAJ/B08XUI6D3/53X83RZJzzzzgEOzdmenCkhv";
    public const string SlackWebhook = "https://hooks.slack.com/services/" + SlackWebhookSecret;
    public const string StripeKey = "sk_live_MdgaKjIg8xNbe3nNyjOq9wMx";
    public const string GoogleApiKey = "AIza8po-799NksnRH9ucAUsdMlHUvTCQCyEZDz_";
    public const string AwsAccessKeyId = "AKIAWBBR6QMW4WXFOGO6";
    public const string AwsSecretKey = "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";
    public const string Jwt = "eyJhbGciOiAiSFMyNTYiLCAidHlwIjogIkpXVCJ9.eyJzdWIiOiAiMTIzNDU2Nzg5MCIsICJuYW1lIjogIkFubiJ9.BLEPH1qhT61qtc4xatws8phP9nhFyJfm5di4PzJ59FH";
    public const string NpmToken = "npm_7J58m1CiAhzCueQpBenQtYh5Xj8TPQxjq4i9";
    public const string SendGridKey = "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";
    public const string TwilioKey = "SK3581569969e58b081006f7e3dfc967a6";
    public const string AzureAccountKey = "rZSgqbjG3uhkWKFLf6xuI5aHUQPFeNBTxaQWk8JzFalHlsZfYcMMDktXP/tKsf2rcDkdfrUnW5gcF+Ha6ili8G==";
    public const string BasicCredentials = "YWRtaW46VHIwdWI0ZG9yJjM=";
    public const string RandomKey = "Ze2qpUWnoVPDF2yeE6RsXcNOPmeMjvqPVStNKiaEdFrRgSnR";
    public const string DockerHubToken = "dckr_pat_2drgd1QsO7jprBGumXxY9B4bZWO";
    public const string Password = "Tr0ub4dor-and-3";

    public static readonly string PrivateKey =
        "-----BEGIN RSA PRIVATE KEY-----\n" +
        "MIIEowIBAAKCAQEAuDRmbZ7y1mfq3Yk8CWQFbQ2b8bT7Tz3pP0Qb9vJ9a6mR4y2N\n" +
        "+LK777pzNk8cL6j5IXAAjlsHUqJoUD/+Ydua+5ZMs1SWOpQaPRYpzbLGViYXjU2J\n" +
        "-----END RSA PRIVATE KEY-----";

    /// <summary>Every sample with a format of its own (for webhooks, the secret path of the URL <see cref="Written"/> writes).</summary>
    public static IEnumerable<(string Name, string Secret)> KnownFormats =>
    [
        ("GitHub token", GitHubToken),
        ("GitHub fine-grained token", GitHubFineGrainedToken),
        ("GitLab token", GitLabToken),
        ("Slack token", SlackToken),
        ("Slack webhook URL", SlackWebhookSecret),
        ("Stripe secret key", StripeKey),
        ("Google API key", GoogleApiKey),
        ("AWS access key ID", AwsAccessKeyId),
        ("JSON Web Token", Jwt),
        ("npm token", NpmToken),
        ("SendGrid API key", SendGridKey),
        ("Twilio API key", TwilioKey),
        ("Docker Hub access token", DockerHubToken),
        ("private key", PrivateKey),
    ];

    /// <summary>How a known-format secret is written in a file (a webhook's secret is inside its URL).</summary>
    public static string Written(string secret) => secret == SlackWebhookSecret ? SlackWebhook : secret;

    public static IEnumerable<string> All =>
        KnownFormats.Select(f => f.Secret).Concat([AwsSecretKey, AzureAccountKey, BasicCredentials, RandomKey, Password]);
}

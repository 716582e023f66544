using System.Linq;
using RedFire.Lint.Secrets;
using Xunit;

namespace RedFire.Lint.Tests.Secrets;

public class KnownFormatTests
{
    public static TheoryData<string, string> Formats()
    {
        var data = new TheoryData<string, string>();
        foreach (var (name, secret) in SecretSamples.KnownFormats) data.Add(name, secret);
        return data;
    }

    [Theory]
    [MemberData(nameof(Formats))]
    public void Finds_each_format_with_its_exact_span_inside_other_text(string name, string secret)
    {
        var text = $"export VALUE=\"{SecretSamples.Written(secret)}\" # rotated yearly";
        var match = Assert.Single(SecretDetector.FindKnownFormats(text));
        Assert.Equal(SecretKind.KnownFormat, match.Kind);
        Assert.Equal(name, match.Description);
        Assert.Equal(text.IndexOf(secret, System.StringComparison.Ordinal), match.Start);
        Assert.Equal(secret.Length, match.Length);
    }

    [Theory]
    [InlineData("aws_secret_access_key = " + SecretSamples.AwsSecretKey, "AWS secret access key", SecretSamples.AwsSecretKey)]
    [InlineData("DefaultEndpointsProtocol=https;AccountName=redfire;AccountKey=" + SecretSamples.AzureAccountKey + ";EndpointSuffix=core.windows.net", "Azure storage key", SecretSamples.AzureAccountKey)]
    [InlineData("Authorization: Basic " + SecretSamples.BasicCredentials, "Basic auth credentials", SecretSamples.BasicCredentials)]
    [InlineData("curl -H 'Authorization: Bearer " + SecretSamples.RandomKey + "'", "Bearer token", SecretSamples.RandomKey)]
    public void Finds_secrets_known_by_their_context(string text, string name, string secret)
    {
        var match = Assert.Single(SecretDetector.FindKnownFormats(text));
        Assert.Equal(name, match.Description);
        Assert.Equal(text.IndexOf(secret, System.StringComparison.Ordinal), match.Start);
        Assert.Equal(secret.Length, match.Length);
    }

    [Fact]
    public void A_JWT_after_Bearer_is_reported_once_as_a_JWT()
    {
        var match = Assert.Single(SecretDetector.FindKnownFormats("Authorization: Bearer " + SecretSamples.Jwt));
        Assert.Equal("JSON Web Token", match.Description);
    }

    [Fact]
    public void Finds_every_token_in_a_text_in_order()
    {
        var text = $"a={SecretSamples.GitHubToken}\nb={SecretSamples.StripeKey}\nc={SecretSamples.AwsAccessKeyId}";
        var found = SecretDetector.FindKnownFormats(text);
        Assert.Equal(["GitHub token", "Stripe secret key", "AWS access key ID"], found.Select(f => f.Description).ToArray());
    }

    [Theory]
    [InlineData("AKIAIOSFODNN7EXAMPLE")]                                    // AWS's documented example key
    [InlineData("ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx")]                 // masked token
    [InlineData("ghp_u8jzPde0IgxLd6GncfBAepfJBd0Kh8oOO")]                    // too short
    [InlineData("xghp_u8jzPde0IgxLd6GncfBAepfJBd0Kh8oOOL8d")]                // part of a longer word
    [InlineData("sk_test_MdgaKjIg8xNbe3nNyjOq9wMx")]                         // Stripe test-mode key
    [InlineData("https://hooks.slack.com/services/...")]                    // the plan's placeholder
    [InlineData("-----BEGIN PUBLIC KEY-----\nMIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAuDRmbZ7y1mfq3Yk8CWQFbQ2b8bT7Tz3pP0Qb9vJ9a6m\n-----END PUBLIC KEY-----")]
    [InlineData("-----BEGIN PRIVATE KEY-----\nMIIE...\n-----END PRIVATE KEY-----")] // documentation
    [InlineData("if (pem.StartsWith(\"-----BEGIN RSA PRIVATE KEY-----\")) return;")]
    [InlineData("eyJub3RhIjogImp3dCJ9.eyJzdWIiOiAiMTIzNDU2Nzg5MCJ9.BLEPH1qhT61qtc4xatws8phP9nhF")] // header without alg
    [InlineData("Authorization: Bearer ${API_TOKEN}")]
    [InlineData("Token type is Bearer authentication for every service")]
    [InlineData("Basic configuration of the service")]
    [InlineData("AccountKey=${AZURE_STORAGE_KEY}")]
    [InlineData("ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABAQC7 user@host")]
    [InlineData("")]
    public void Ignores_lookalikes_placeholders_references_and_public_keys(string text) =>
        Assert.Empty(SecretDetector.FindKnownFormats(text));
}

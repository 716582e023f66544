// redfire-lint disable-file RF3001 -- made-up credentials for the tests
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
    // Patterns that ignore case are run whatever the case of their hint ("aws", "bearer") in the text.
    [InlineData("AWS_SECRET_ACCESS_KEY=" + SecretSamples.AwsSecretKey, "AWS secret access key", SecretSamples.AwsSecretKey)]
    [InlineData("curl -H 'authorization: BEARER " + SecretSamples.RandomKey + "'", "Bearer token", SecretSamples.RandomKey)]
    public void Finds_secrets_known_by_their_context(string text, string name, string secret)
    {
        var match = Assert.Single(SecretDetector.FindKnownFormats(text));
        Assert.Equal(name, match.Description);
        Assert.Equal(text.IndexOf(secret, System.StringComparison.Ordinal), match.Start);
        Assert.Equal(secret.Length, match.Length);
    }

    [Theory]
    [InlineData("Square token", "sq0atp-575yx8xm5MslfY5ubiheyE")]
    [InlineData("Mailchimp API key", "0eae679f02e8d28a79023c39c200661f-us14")]
    [InlineData("Mailgun API key", "key-ccd268a29a0d347301ef56e64dc3cd60")]
    [InlineData("Amazon MWS auth token", "amzn.mws.89065c31-46e8-0a9c-2226-70bbe4f4c549")]
    [InlineData("OpenAI API key", "sk-proj-6o0NpUmkVO8JmR8y4EMfAdggT3BlbkFJcG9qpVTzqA05MFsHl7UeioEJ")]
    [InlineData("Anthropic API key", "sk-ant-api03-jJBAciI05FhfwKVqlUr5Qrec8TNecj9iNOrjj5VfqRTk8j1d_bWWbjkloG1QX647kdNl9cDo_-GbVMszvR4_EPZGz3zBX")]
    [InlineData("Telegram bot token", "395322750:AAiJvo58JB0W_O5PjeJfJTNcrZ6ydIEsgo5")]
    [InlineData("HashiCorp Vault token", "hvs.nVjzz8Gwb8ewCISuYCl0Xq56zaWR7PAmpBFXlNPHcSke4R1J_dBi2ewQr8t4-lC4LvGNWAMsI-z0oaWdfZp_lvi60Z")]
    [InlineData("DigitalOcean token", "dop_v1_87ff4adfa36d0840164709ab7f3f386d0cd566647b5aa666347428c3dd46c036")]
    [InlineData("PyPI token", "pypi-AgEIcHlwaS5vcmcTUoRyj9nde9syxoAwuKmhr7jmPY72T3AVbfzx06UVZyvmbPkZyRHJouZrQV3")]
    [InlineData("Google OAuth client secret", "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")]
    [InlineData("Google OAuth access token", "ya29.EG4ZgzWbmHGJR1m4jfXuX8v_h2_1KZNUK9IKLdbFfu0XgOYgOjC29GFfm7sF")]
    [InlineData("Discord webhook URL", "https://discord.com/api/webhooks/910967130582157267/H1UrLqE9oNTJIyJEyFzfhbIH2denCJjluEV99TARR_rjp5B42HXtVtPLx2Vm7Pkk3-7M")]
    [InlineData("Slack app token", "xapp-1-AAETNFT5US-235551579947-9ea7c72bb0bcc6bc4552e9071590d292a283a2043d77faecbaa4ff21db0c2e0b")]
    public void Finds_the_other_formats(string name, string token)
    {
        var text = $"ARG VALUE={token}";
        var match = Assert.Single(SecretDetector.FindKnownFormats(text));
        Assert.Equal(name, match.Description);
        Assert.EndsWith(text.Substring(match.Start, match.Length), token);
        Assert.Equal(text.Length, match.End);
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

using RedFire.Lint.Secrets;
using Xunit;

namespace RedFire.Lint.Tests.Secrets;

public class InspectSettingTests
{
    [Theory]
    [InlineData("DB_PASSWORD", "secure_db_password_2024", "secure_db_password_2024")]
    [InlineData("JWT_SECRET_KEY", "super_secure_jwt_key_2024_32_chars_long", "super_secure_jwt_key_2024_32_chars_long")]
    [InlineData("INFLUX_TOKEN", "influx_api_token_2024", "influx_api_token_2024")]
    [InlineData("POSTGRES_PASSWORD", "\"postgres\"", "postgres")]
    [InlineData("POSTGRES_PASSWORD", "${POSTGRES_PASSWORD:-hunter22}", "hunter22")]
    public void A_secret_named_setting_with_a_literal_value_is_a_secret(string name, string value, string secret)
    {
        var match = SecretDetector.InspectSetting(name, value);
        Assert.NotNull(match);
        Assert.Equal(SecretKind.SecretNamedKey, match!.Kind);
        Assert.Equal(secret, value.Substring(match.Start, match.Length));
    }

    [Theory]
    [InlineData("DB_USER", "redfire_prod")]
    [InlineData("ENVIRONMENT", "production")]
    [InlineData("SERVICE_REGISTRY_URL", "http://consul:8500")]
    [InlineData("ALERT_WEBHOOK_URL", "https://hooks.slack.com/services/...")]
    [InlineData("DB_PASSWORD", "")]
    [InlineData("DB_PASSWORD", "${DB_PASSWORD}")]
    [InlineData("DB_PASSWORD", "${DB_PASSWORD:?DB_PASSWORD is required}")]
    [InlineData("DB_PASSWORD", "changeme")]
    [InlineData("DB_PASSWORD", "<password>")]
    [InlineData("POSTGRES_PASSWORD_FILE", "/run/secrets/db_password")]
    [InlineData("DB_PASSWORD", "/run/secrets/db_password")]
    [InlineData("SSH_KEY", "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIJ5yvL+2 user@host")]
    [InlineData("TOKEN_URL", "s3cr3t-looking-but-a-url-name")]
    [InlineData("AUTH_ENABLED", "true")]
    [InlineData("GITHUB_TOKEN", SecretSamples.GitHubToken)] // a known format: reported as such, not twice
    [InlineData("SORT_KEY", "created_at_descending")]
    public void Other_settings_are_not(string name, string value) => Assert.Null(SecretDetector.InspectSetting(name, value));

    [Fact]
    public void A_key_like_setting_with_a_random_value_is_a_high_entropy_secret()
    {
        var match = SecretDetector.InspectSetting("DJANGO_KEY", SecretSamples.RandomKey);
        Assert.NotNull(match);
        Assert.Equal(SecretKind.HighEntropy, match!.Kind);
        Assert.Equal(SecretSamples.RandomKey.Length, match.Length);
    }

    [Theory]
    [InlineData("a8f5f167f44f4964e6c998dee827110c", true)]
    [InlineData(SecretSamples.RandomKey, true)]
    [InlineData("users_cache_key_prefix", false)]
    [InlineData("aaaaaaaaaaaaaaaaaaaaaaaa", false)]
    [InlineData("short1A", false)]
    [InlineData("created at descending order", false)]
    public void Entropy_tells_generated_keys_from_words(string text, bool random) => Assert.Equal(random, Entropy.LooksRandom(text));
}

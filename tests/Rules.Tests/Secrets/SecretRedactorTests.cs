using RedFire.Lint.Secrets;
using Xunit;

namespace RedFire.Lint.Tests.Secrets;

public class SecretRedactorTests
{
    [Theory]
    [InlineData("DATABASE_URL=postgresql://redfire_prod:secure_db_password_2024@postgres:5432/redfire", "DATABASE_URL=postgresql://redfire_prod:se…[23 chars]@postgres:5432/redfire")]
    [InlineData("redis-server --appendonly yes --requirepass secure_redis_password_2024", "redis-server --appendonly yes --requirepass se…[26 chars]")]
    [InlineData("TOKEN=" + SecretSamples.GitHubToken + " and " + SecretSamples.StripeKey, "TOKEN=gh…[40 chars] and sk…[32 chars]")]
    [InlineData("postgresql://${DB_USER}:${DB_PASSWORD}@postgres/redfire", "postgresql://${DB_USER}:${DB_PASSWORD}@postgres/redfire")]
    [InlineData("", "")]
    public void Masks_every_recognised_secret_and_nothing_else(string text, string expected) =>
        Assert.Equal(expected, SecretRedactor.Redact(text));
}

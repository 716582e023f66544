using RedFire.Lint.Rules;
using Xunit;
using static RedFire.Lint.Tests.Infrastructure.RuleTest;

namespace RedFire.Lint.Tests.Secrets;

public class CredentialsInUrlOrCommandRuleTests
{
    [Fact]
    public void Flags_passwords_in_URLs_of_env_entries()
    {
        var diagnostics = Flags(RuleIds.CredentialsInUrlOrCommand, ("deploy/.env",
            "DATABASE_URL=postgresql://redfire:[|Sup3rS3cret|]@postgres:5432/redfire\n" +
            "REDIS_URL=\"redis://:[|r3dis-pass|]@redis:6379/0\"\n" +
            "SERVICE_REGISTRY_URL=http://consul:8500\n"));
        Assert.Contains(diagnostics, d => d.Message == "Env file entry DATABASE_URL has a hard-coded password in a URL (Su…[11 chars]) instead of a reference to a value supplied at deploy time."
            && d.Help.StartsWith("Write the credential as a variable reference"));
    }

    [Fact]
    public void Passes_URLs_with_references_or_placeholders() =>
        Passes(RuleIds.CredentialsInUrlOrCommand, ("deploy/.env",
            "DATABASE_URL=postgresql://${DB_USER}:${DB_PASSWORD}@postgres:5432/redfire\n" +
            "REDIS_URL=redis://:${REDIS_PASSWORD:?required}@redis:6379/0\n" +
            "MONGO_URL=mongodb://user:<password>@mongodb:27017\n" +
            "ALERT_WEBHOOK_URL=https://hooks.slack.com/services/...\n"));
}

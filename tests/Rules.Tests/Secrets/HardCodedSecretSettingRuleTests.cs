using RedFire.Lint.Rules;
using Xunit;
using static RedFire.Lint.Tests.Infrastructure.RuleTest;

namespace RedFire.Lint.Tests.Secrets;

public class HardCodedSecretSettingRuleTests
{
    [Fact]
    public void Flags_literal_values_of_secret_named_env_entries()
    {
        var diagnostics = Flags(RuleIds.HardCodedSecretSetting, ("deploy/.env.production",
            "APP_USER=trader\n" +
            "APP_PASSWORD=[|Tr0ub4dor-and-3|]\n" +
            "export CACHE_PASSWORD=\"[|cache pass 2024|]\"\n" +
            "ApiKey='[|k3y-for-the-quotes-api|]'\n" +
            "SESSION_KEY=[|" + SecretSamples.RandomKey + "|]\n" +
            "SMTP_PASS=[|hunter22|] # inline comment\n" +
            "REPORT_TOKEN=${REPORT_TOKEN:-[|fallback-t0ken|]}\n"));
        Assert.Contains(diagnostics, d => d.Message == "deploy/.env.production: env file entry APP_PASSWORD holds a hard-coded secret (Tr…[15 chars]); do not commit it: keep this file out of the repository (.gitignore), commit a .env.example with an empty APP_PASSWORD, and set APP_PASSWORD in the deployment environment or a secret store.");
    }

    [Fact]
    public void Passes_references_placeholders_file_references_and_other_names() =>
        Passes(RuleIds.HardCodedSecretSetting, ("deploy/.env",
            "DB_USER=redfire\nDB_PASSWORD=\nREDIS_PASSWORD=${REDIS_PASSWORD:?set it}\nMONGO_PASSWORD=changeme\n" +
            "INFLUX_TOKEN=<influx-token>\nPOSTGRES_PASSWORD_FILE=/run/secrets/db_password\nJWT_SECRET_KEY=/run/secrets/jwt\n" +
            "TOKEN_URL=https://auth/token\nSECRET_NAME=redfire-db\nAUTH_ENABLED=true\nPUBLIC_KEY=MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA\n" +
            "SORT_KEY=created_at\nPASSWORD_MIN_LENGTH=12\nGITHUB_TOKEN=" + SecretSamples.GitHubToken + "\n"));

    [Fact]
    public void Sample_env_files_are_documentation_unless_a_value_looks_generated()
    {
        Passes(RuleIds.HardCodedSecretSetting,
            (".env.example", "DB_PASSWORD=\nREDIS_PASSWORD=your-redis-password\nJWT_SECRET_KEY=change_me\nMONGO_PASSWORD=mongo_password_here\n"),
            ("config/.env.template", "DB_PASSWORD=secure_db_password\n"));
        Flags(RuleIds.HardCodedSecretSetting, (".env.sample", "DB_PASSWORD=\nJWT_SECRET_KEY=[|" + SecretSamples.RandomKey + "|]\n"));
    }
}

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
        Assert.Contains(diagnostics, d => d.Message == "Env file entry APP_PASSWORD holds a hard-coded secret (Tr…[15 chars]) instead of a reference to a value supplied at deploy time."
            && d.Help == "Do not commit it: keep this file out of the repository (.gitignore), commit a .env.example with an empty APP_PASSWORD, and set APP_PASSWORD in the deployment environment or a secret store.");
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

    [Fact]
    public void Flags_secret_named_members_and_connection_string_passwords_in_the_ports_class_file()
    {
        var diagnostics = Flags(RuleIds.HardCodedSecretSetting, ("src/Config/ServiceConfig.cs",
            "namespace RedFire.Config;\n" +
            "public static class ServiceConfig\n{\n" +
            "    public const int UserTradingPort = 8001;\n" +
            "    public const string JwtSigningKey = \"[|k3y-of-the-jwt-2024|]\";\n" +
            "    public static readonly string Database = \"Host=postgres;Username=redfire;Password=[|hunter22x|]\";\n" +
            "    public static string RedisPassword { get; } = @\"[|r3dis-pass|]\";\n" +
            "    private static string Connect() => Open(\"Server=mongo;User Id=app;Pwd=[|m0ngo-pass|];\");\n" +
            "}\n"));
        Assert.Contains(diagnostics, d => d.Message == "C# member JwtSigningKey holds a hard-coded secret (k3…[19 chars]) instead of a reference to a value supplied at deploy time."
            && d.Help == "Read it from configuration at run time (an environment variable or a secret store through IConfiguration) instead of a literal in source.");
        Assert.Contains(diagnostics, d => d.Message.StartsWith("C# member Database, in its Password=, holds a hard-coded secret (hu…[9 chars])"));
    }

    [Fact]
    public void Passes_configuration_names_and_files_other_than_the_ports_class() =>
        Passes(RuleIds.HardCodedSecretSetting,
            ("src/Config/ServiceConfig.cs",
                "public static class ServiceConfig\n{\n" +
                "    public const string ApiKeyHeader = \"X-Api-Key\";\n" +
                "    public const string DbPasswordFile = \"/run/secrets/db_password\";\n" +
                "    public const string JwtSecretVariable = \"JWT_SECRET_KEY\";\n" +
                "    public static readonly string Database = \"Host=postgres;Username=redfire;Password=${DB_PASSWORD}\";\n" +
                "    public static string Password => System.Environment.GetEnvironmentVariable(\"DB_PASSWORD\") ?? \"\";\n" +
                "}\n"),
            ("src/Other.cs", "class Other { const string Password = \"hunter22x\"; }\n"));
}

using RedFire.Lint.Secrets;
using Xunit;

namespace RedFire.Lint.Tests.Secrets;

public class SecretValuesTests
{
    [Theory]
    [InlineData("secure_db_password_2024", "secure_db_password_2024")]
    [InlineData("  \"hunter22\"  ", "hunter22")]
    [InlineData("'pa$$word'", "pa$$word")]
    [InlineData("${DB_PASSWORD:-hunter22}", "hunter22")]
    [InlineData("${DB_PASSWORD-hunter22}", "hunter22")]
    [InlineData("postgres", "postgres")]
    [InlineData("12345678", "12345678")]
    public void Finds_the_literal_secret(string value, string expected)
    {
        Assert.True(SecretValues.TryGetLiteralSecret(value, out var start, out var length));
        Assert.Equal(expected, value.Substring(start, length));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("\"\"")]
    [InlineData("${DB_PASSWORD}")]
    [InlineData("${DB_PASSWORD:?set DB_PASSWORD}")]
    [InlineData("${DB_PASSWORD:-}")]
    [InlineData("${DB_PASSWORD:-${FALLBACK}}")]
    [InlineData("$DB_PASSWORD")]
    [InlineData("$(cat /run/secrets/db_password)")]
    [InlineData("prefix-${SUFFIX}")]
    [InlineData("{{ .Values.password }}")]
    [InlineData("changeme")]
    [InlineData("CHANGE_ME")]
    [InlineData("changeme123")]
    [InlineData("<password>")]
    [InlineData("<your-password>")]
    [InlineData("xxx")]
    [InlineData("xxxxxxxxxxxx")]
    [InlineData("********")]
    [InlineData("...")]
    [InlineData("example")]
    [InlineData("example-token-123")]
    [InlineData("your-api-key-here")]
    [InlineData("your_secret")]
    [InlineData("insert token here")]
    [InlineData("placeholder")]
    [InlineData("dummy")]
    [InlineData("test")]
    [InlineData("secret")]
    [InlineData("password")]
    [InlineData("TODO")]
    [InlineData("/run/secrets/db_password")]
    [InlineData("./secrets/jwt.key")]
    [InlineData("secrets/db_password.txt")]
    [InlineData("C:\\keys\\signing.pfx")]
    [InlineData("ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABAQC7 user@host")]
    [InlineData("-----BEGIN PUBLIC KEY-----")]
    [InlineData("true")]
    [InlineData("abc")]
    [InlineData("https://vault.internal/v1/secret/db")]
    public void Ignores_what_is_not_a_hard_coded_secret(string value) =>
        Assert.False(SecretValues.TryGetLiteralSecret(value, out _, out _));

    [Theory]
    [InlineData("${NAME}", "NAME", "", false)]
    [InlineData("${NAME:?required}", "NAME", ":?", true)]
    [InlineData("${NAME?required}", "NAME", "?", true)]
    [InlineData("${NAME:-x}", "NAME", ":-", false)]
    [InlineData("$NAME", "NAME", "", false)]
    public void Parses_whole_value_references(string text, string name, string modifier, bool required)
    {
        var reference = WholeValueReference.ParseWhole(text, 0, text.Length);
        Assert.NotNull(reference);
        Assert.Equal(name, reference!.Name);
        Assert.Equal(modifier, reference.Modifier);
        Assert.Equal(required, reference.IsRequired);
    }

    [Theory]
    [InlineData("${A}${B}")]
    [InlineData("x$NAME")]
    [InlineData("${}")]
    [InlineData("${A:x}")]
    public void Rejects_what_is_not_one_whole_reference(string text) => Assert.Null(WholeValueReference.ParseWhole(text, 0, text.Length));
}

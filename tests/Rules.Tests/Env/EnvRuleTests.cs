using System.Linq;
using RedFire.Lint.Rules;
using RedFire.Lint.Tests.Infrastructure;
using Xunit;

namespace RedFire.Lint.Tests.Env;

public class EnvDuplicateKeyTests
{
    [Fact]
    public void Later_occurrence_is_reported_with_the_first_as_related()
    {
        var found = RuleTest.Flags(RuleIds.EnvDuplicateKey, (".env", "DB_HOST=db\nDB_PORT=5432\nexport [|DB_HOST|]=postgres\n"));
        var diagnostic = Assert.Single(found);
        Assert.Equal(1, diagnostic.Related.Single().Location.Line);
        Assert.Contains("DB_HOST is set a second time (first on line 1)", diagnostic.Message);
        Assert.DoesNotContain("postgres", diagnostic.Message);
    }

    [Fact]
    public void Inherited_key_counts_too() =>
        RuleTest.Flags(RuleIds.EnvDuplicateKey, ("config/app.env", "TOKEN\n[|TOKEN|]='abc'\n[|TOKEN|]=\"abc\"\n"));

    [Fact]
    public void Distinct_keys_pass() =>
        RuleTest.Passes(RuleIds.EnvDuplicateKey, (".env", "A=1\na=2\nA_1=3\n# A=4\n"));
}

public class EnvKeyNotPortableTests
{
    [Fact]
    public void Dots_dashes_brackets_and_leading_digits_are_reported() =>
        RuleTest.Flags(RuleIds.EnvKeyNotPortable, (".env", "[|VAR.WITH.DOTS|]=1\n[|VAR-WITH-DASHES|]=2\n[|456|] = ABC\n[|A[0]|]=x\nGOOD_1=ok\n"));

    [Fact]
    public void Shell_names_pass() =>
        RuleTest.Passes(RuleIds.EnvKeyNotPortable, (".env", "export _PRIVATE=1\nlower_case=2\nMIXED_Case9=3\n"));
}

public class EnvValueAmbiguousTests
{
    [Fact]
    public void Hash_kept_in_an_unquoted_value_is_reported_at_the_value()
    {
        var found = RuleTest.Flags(RuleIds.EnvValueAmbiguous, (".env", "PASSWORD=[|abc#123|]\nNOTE= [|# not a comment|]\nOPTS=[|-x\t# tab|]\n"));
        Assert.All(found, d => Assert.DoesNotContain("abc", d.Message));
        Assert.Contains("at column 13", found[0].Message);
    }

    [Fact]
    public void Unquoted_spaces_are_reported() =>
        RuleTest.Flags(RuleIds.EnvValueAmbiguous, (".env", "JAVA_OPTS=[|-Xmx1g -Xms1g|] # memory\n"));

    [Fact]
    public void Quoted_values_and_real_comments_pass() =>
        RuleTest.Passes(RuleIds.EnvValueAmbiguous, (".env",
            "PASSWORD='abc#123'\nGREETING=\"hello world\"\nPORT=8080 # the port\nURL=postgres://u@db:5432/x?a=b\nEMPTY=\n"));
}

using RedFire.Lint.Rules;
using RedFire.Lint.Tests.Infrastructure;
using Xunit;

namespace RedFire.Lint.Tests.Env;

public class EnvSyntaxTests
{
    [Fact]
    public void Invalid_statements_are_reported_where_they_are() =>
        RuleTest.Flags(RuleIds.EnvSyntax, (".env", "# settings\nOK=1\n[|INVALID LINE|]\nlol[|$|]wut=1\nP=[|\"open|]\nURL=[|${HOST|]\nNEXT=2\n"));

    [Fact]
    public void Unknown_operator_is_reported_at_the_value() =>
        RuleTest.Flags(RuleIds.EnvSyntax, ("deploy/app.env", "DB_URL=[|\"${DB_HOST/x/y}\"|]\n"));

    [Fact]
    public void Required_variable_unset_while_linting_is_not_an_error() =>
        RuleTest.Passes(RuleIds.EnvSyntax, ("deploy/app.env", "DB_URL=${DB_HOST:?set DB_HOST}\n"));

    [Fact]
    public void Valid_file_with_every_form_passes() =>
        RuleTest.Passes(RuleIds.EnvSyntax, (".env",
            "\uFEFF# comment\r\nexport A=1\r\nB = 'two words'\r\nC=\"multi\nline\" # comment\r\nD\r\nE=\r\nF=${A:-x}_$B\r\nG.H-I=dots\r\n"));

    [Fact]
    public void Reported_statement_can_be_suppressed() =>
        RuleTest.Passes(RuleIds.EnvSyntax, (".env", "# redfire-lint disable-next-line RF0004\nBAD LINE\n"));
}

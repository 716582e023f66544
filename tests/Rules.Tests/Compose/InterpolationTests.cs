using System.Collections.Generic;
using System.Linq;
using RedFire.Lint.Compose.Interpolation;
using RedFire.Lint.Rules;
using Xunit;

namespace RedFire.Lint.Tests.Compose;

public class InterpolationTests
{
    private static readonly Dictionary<string, string> Variables = new() { ["SET"] = "value", ["EMPTY"] = "", ["NESTED"] = "inner" };

    private static TemplateResult Run(string template) => new TemplateInterpolator(name => Variables.TryGetValue(name, out var v) ? v : null).Interpolate(template);

    [Theory]
    [InlineData("$SET", "value")]
    [InlineData("${SET}", "value")]
    [InlineData("pre-${SET}-post", "pre-value-post")]
    [InlineData("${UNSET:-d}", "d")]
    [InlineData("${EMPTY:-d}", "d")]
    [InlineData("${EMPTY-d}", "")]
    [InlineData("${UNSET-d}", "d")]
    [InlineData("${SET:+alt}", "alt")]
    [InlineData("${EMPTY:+alt}", "")]
    [InlineData("${EMPTY+alt}", "alt")]
    [InlineData("${UNSET+alt}", "")]
    [InlineData("${UNSET:-${NESTED}}", "inner")]
    [InlineData("${UNSET:-${ALSO_UNSET:-deep}}", "deep")]
    [InlineData("$$SET", "$SET")]
    [InlineData("$${SET}", "${SET}")]
    [InlineData("cost: 5$", "cost: 5$")]
    [InlineData("$1 and $-", "$1 and $-")]
    [InlineData("${SET:?must}", "value")]
    public void Resolves_like_compose(string template, string expected)
    {
        var result = Run(template);
        Assert.Null(result.Error);
        Assert.Equal(expected, result.Value);
    }

    [Theory]
    [InlineData("${")]
    [InlineData("${}")]
    [InlineData("${SET/a/b}")]
    [InlineData("${#SET}")]
    [InlineData("${SET")]
    public void Invalid_syntax_is_an_error(string template) => Assert.NotNull(Run(template).Error);

    [Fact]
    public void Nested_defaults_are_evaluated_lazily()
    {
        var used = Run("${SET:-${NOT_EVALUATED}}").Variables.Select(v => v.Name);
        Assert.Equal(["SET"], used);
    }

    [Fact]
    public void Project_env_file_defines_variables_and_other_env_files_are_named_in_the_finding()
    {
        var project = ComposeTestHost.Project(
            ("compose.yaml", "services:\n  web:\n    image: app:${TAG}\n    user: ${UID_GID}\n"),
            (".env", "TAG=1.2.3\n"),
            (".env.production", "UID_GID=1000:1000\n"));
        Assert.Equal("app:1.2.3", project.FindService("web")!.Image!.Value);
        var result = ComposeTestHost.Lint(
            ("compose.yaml", "services:\n  web:\n    image: app:${TAG}\n    user: ${UID_GID}\n"),
            (".env", "TAG=1.2.3\n"),
            (".env.production", "UID_GID=1000:1000\n"));
        var finding = Assert.Single(ComposeTestHost.Errors(result, RuleIds.UnsetVariable));
        Assert.Contains("Variable UID_GID is set in neither .env nor a default (.env.production defines it, but Compose reads that file only when given --env-file .env.production)", finding.Message);
        Assert.Equal((4, 11), (finding.Location.Line, finding.Location.Column));
    }
}

using RedFire.Lint.Compose;
using Xunit;

namespace RedFire.Lint.Tests.Compose;

public class ComposePathsTests
{
    [Theory]
    [InlineData("/srv/app/compose.yaml", "/srv/app/compose.yaml")]
    [InlineData("/", "/")]
    [InlineData("", ".")]
    [InlineData(".", ".")]
    [InlineData("app/./web", "app/web")]
    [InlineData("app//web", "app/web")]
    [InlineData("app/web/", "app/web")]
    [InlineData("/srv/app/.", "/srv/app")]
    [InlineData("/srv/app/..", "/srv")]
    [InlineData("../shared/.env", "../shared/.env")]
    [InlineData("app/../../shared", "../shared")]
    [InlineData("app\\web\\Dockerfile", "app/web/Dockerfile")]
    [InlineData(".docker/web/..dist", ".docker/web/..dist")]
    public void Normalize_folds_dots_and_separators(string path, string expected) =>
        Assert.Equal(expected, ComposePaths.Normalize(path));
}

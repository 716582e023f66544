using RedFire.Lint.Policy;
using Xunit;

namespace RedFire.Lint.Tests.Policy;

public class GlobTests
{
    [Theory]
    [InlineData("*.yml", "compose.yml", true)]
    [InlineData("*.yml", "deploy/compose.yml", false)]
    [InlineData("**/*.yml", "compose.yml", true)]
    [InlineData("**/*.yml", "a/b/c/compose.yml", true)]
    [InlineData("**/Dockerfile", "Dockerfile", true)]
    [InlineData("**/Dockerfile", "svc/api/Dockerfile", true)]
    [InlineData("**/Dockerfile", "svc/api/Dockerfile.dev", false)]
    [InlineData("deploy/**", "deploy/a/b", true)]
    [InlineData("deploy/**", "other/a", false)]
    [InlineData("a/**/b", "a/b", true)]
    [InlineData("a/**/b", "a/x/y/b", true)]
    [InlineData("a/**/b", "a/xb", false)]
    [InlineData("Dockerfile.t?st", "Dockerfile.test", true)]
    [InlineData("Dockerfile.t?st", "Dockerfile.tst", false)]
    [InlineData("?", "/", false)]
    [InlineData("*.{yml,yaml}", "compose.yaml", true)]
    [InlineData("*.{yml,yaml}", "compose.json", false)]
    [InlineData("a+b (1).yml", "a+b (1).yml", true)]
    [InlineData("*.yml", "compose.YML", false)]
    [InlineData("{a,b", "a", true)]
    public void Matches_like_other_tools(string pattern, string path, bool expected) =>
        Assert.Equal(expected, Glob.Compile(pattern).IsMatch(path));
}

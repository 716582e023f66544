using RedFire.Lint.Policy;
using Xunit;

namespace RedFire.Lint.Tests.Policy;

public class PathFilterTests
{
    [Theory]
    [InlineData("/repo/Dockerfile", true)]
    [InlineData("/repo/vendor/x/Dockerfile", false)]
    [InlineData("/repo/deploy/compose.dev.yml", false)]
    [InlineData("/repo/deploy/compose.yml", true)]
    [InlineData("/repo/examples/legacy/compose.yml", false)]
    [InlineData("/repo/examples/current/compose.yml", true)]
    [InlineData("/elsewhere/vendor/Dockerfile", true)]
    public void Exclude_patterns_match_names_at_any_depth_and_whole_directories(string path, bool included)
    {
        var filter = new PathFilter("/repo", [], ["vendor", "*.dev.yml", "./examples/legacy/"]);
        Assert.Equal(included, filter.Includes(path));
    }

    [Theory]
    [InlineData("/repo/deploy/Dockerfile", true)]
    [InlineData("/repo/deploy/sub/compose.yml", true)]
    [InlineData("/repo/compose.yml", true)]
    [InlineData("/repo/other/Dockerfile", false)]
    [InlineData("/repo/deploy/secret.env", false)]
    public void Include_patterns_limit_and_exclude_still_applies(string path, bool included)
    {
        var filter = new PathFilter("/repo", ["deploy", "/compose.yml"], ["*.env"]);
        Assert.Equal(included, filter.Includes(path));
    }

    [Fact]
    public void No_patterns_include_everything() => Assert.True(PathFilter.All.Includes("/anything/at/all"));
}

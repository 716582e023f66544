using RedFire.Lint.Sources;
using Xunit;

namespace RedFire.Lint.Tests.Engine;

public class DisplayPathsTests
{
    [Theory]
    [InlineData("/work/repo", "/work/repo/deploy/compose.yaml", "deploy/compose.yaml")]
    [InlineData("/work/repo/", "/work/repo/deploy/compose.yaml", "deploy/compose.yaml")]
    [InlineData("/work/repo", "/work/repo/deploy/../Dockerfile", "Dockerfile")]
    [InlineData("/work/repo", "/work/repo//deploy/compose.yaml", "deploy/compose.yaml")]
    [InlineData("/work/repo", "/work/repository/compose.yaml", "../repository/compose.yaml")]
    [InlineData("/work/repo", "/work/other/compose.yaml", "../other/compose.yaml")]
    [InlineData("/work/repo", "/work/repo", ".")]
    [InlineData("/", "/etc/nginx/nginx.conf", "/etc/nginx/nginx.conf")]
    [InlineData("/work/repo", "deploy/compose.yaml", "deploy/compose.yaml")]
    public void A_path_is_shown_relative_to_the_working_directory(string workingDirectory, string fullPath, string expected) =>
        Assert.Equal(expected, DisplayPaths.Relative(workingDirectory, fullPath));
}

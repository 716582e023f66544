using System.IO;
using RedFire.Lint.Sources;
using Xunit;

namespace RedFire.Lint.Tests.Engine;

public class FullPathsTests
{
    [Theory]
    [InlineData("/work/repo/compose.yaml")]
    [InlineData("/")]
    [InlineData("/work/repo/")]
    [InlineData("/work/repo/.env")]
    [InlineData("/work/repo/..env")]
    [InlineData("/work/repo/.../x")]
    [InlineData("/work/repo/./compose.yaml")]
    [InlineData("/work/repo/deploy/../compose.yaml")]
    [InlineData("/work/repo//compose.yaml")]
    [InlineData("/work/repo/.")]
    [InlineData("/work/repo/..")]
    [InlineData("/..")]
    [InlineData("relative/compose.yaml")]
    public void A_path_is_made_full_as_the_runtime_makes_it(string path) =>
        Assert.Equal(Path.GetFullPath(path), FullPaths.Of(path));
}

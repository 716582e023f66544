using System;
using System.IO;
using RedFire.Lint.Engine;
using RedFire.Lint.Sources;
using RedFire.Lint.Tests.Infrastructure;
using Xunit;

namespace RedFire.Lint.Tests.Engine;

/// <summary>Which paths the boundary holds, and on the real disk, that a path is judged by where its links lead, whichever part of it is a link.</summary>
public sealed class ReadBoundaryPathTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("redfire-boundary-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private string Write(string relativePath)
    {
        var path = Path.Combine(_root, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, "services: {}\n");
        return path;
    }

    [Fact]
    public void Links_are_followed_wherever_they_are_in_the_path()
    {
        var inside = Write("repo/deploy/compose.yaml");
        var secret = Write("outside/credentials.env");
        Directory.CreateSymbolicLink(Path.Combine(_root, "repo/vendor"), Path.Combine(_root, "outside"));
        File.CreateSymbolicLink(Path.Combine(_root, "repo/deploy/.env"), secret);
        File.CreateSymbolicLink(Path.Combine(_root, "repo/deploy/compose.override.yaml"), inside);
        var boundary = ReadBoundary.Within([Path.Combine(_root, "repo")], PhysicalFileSystem.Instance);

        Assert.Null(boundary.Refusal(inside, PhysicalFileSystem.Instance));
        Assert.Null(boundary.Refusal(Path.Combine(_root, "repo/deploy/compose.override.yaml"), PhysicalFileSystem.Instance));
        Assert.Equal(NotLinted.LinkOutside, boundary.Refusal(Path.Combine(_root, "repo/deploy/.env"), PhysicalFileSystem.Instance));
        Assert.Equal(NotLinted.LinkOutside, boundary.Refusal(Path.Combine(_root, "repo/vendor/credentials.env"), PhysicalFileSystem.Instance));
        Assert.Equal(NotLinted.LinkOutside, boundary.Refusal(Path.Combine(_root, "repo/vendor"), PhysicalFileSystem.Instance));
        Assert.Equal(NotLinted.OutsideRoot, boundary.Refusal(secret, PhysicalFileSystem.Instance));
        // ".." after a link is the link target's parent, which is outside.
        Assert.Equal(NotLinted.LinkOutside, boundary.Refusal(Path.Combine(_root, "repo/vendor/../outside/credentials.env"), PhysicalFileSystem.Instance));
    }

    [Fact]
    public void A_root_reached_through_a_link_holds_the_files_under_its_real_path()
    {
        var file = Write("real/compose.yaml");
        Directory.CreateSymbolicLink(Path.Combine(_root, "alias"), Path.Combine(_root, "real"));
        var boundary = ReadBoundary.Within([Path.Combine(_root, "alias")], PhysicalFileSystem.Instance);

        Assert.Null(boundary.Refusal(Path.Combine(_root, "alias/compose.yaml"), PhysicalFileSystem.Instance));
        Assert.Equal(NotLinted.OutsideRoot, boundary.Refusal(file, PhysicalFileSystem.Instance));
    }

    [Theory]
    [InlineData("/srv/app", "/srv/app/compose.yaml", true)]
    [InlineData("/srv/app", "/srv/app", true)]
    [InlineData("/srv/app/", "/srv/app/deploy/compose.yaml", true)]
    [InlineData("/srv/app", "/srv/application/compose.yaml", false)]
    [InlineData("/srv/app", "/srv/compose.yaml", false)]
    [InlineData("/", "/etc/hostname", true)]
    public void A_path_is_inside_when_a_root_is_it_or_a_folder_above_it(string root, string path, bool inside)
    {
        var boundary = ReadBoundary.Within([root], new InMemoryFileSystem([]));
        Assert.Equal(inside ? null : NotLinted.OutsideRoot, boundary.Refusal(path, new InMemoryFileSystem([])));
    }
}

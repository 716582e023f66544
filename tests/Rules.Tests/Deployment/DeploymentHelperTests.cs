using System.Linq;
using RedFire.Lint.Deployment;
using RedFire.Lint.Sources;
using Xunit;

namespace RedFire.Lint.Tests.Deployment;

/// <summary>The small parsers the deployment join relies on: .dockerignore, command words, ports in arguments and URLs, image names.</summary>
public class DeploymentHelperTests
{
    [Theory]
    [InlineData("secrets/token.txt", true)]
    [InlineData("secrets/README.md", false)]
    [InlineData("app/cache/x.pyc", true)]
    [InlineData("x.pyc", true)]
    [InlineData("app/main.py", false)]
    [InlineData("./.env", true)]
    [InlineData("config/.env.production", true)]
    public void Dockerignore_follows_buildkit_matching(string path, bool excluded)
    {
        var ignore = DockerIgnore.Parse(["# comment", "secrets/", "!secrets/README.md", "**/*.pyc", "**/.env*", ""]);
        Assert.Equal(excluded, ignore.Excludes(path));
    }

    [Fact]
    public void A_malformed_dockerignore_pattern_decides_nothing_and_the_others_still_apply()
    {
        // Found by the fuzzer: "[#-\"]" (a reverse range) and "[]" made the whole compose project fail to load.
        var ignore = DockerIgnore.Parse(["[#-\"]", "[]", "secrets/"]);
        Assert.True(ignore.Excludes("secrets/db.txt"));
        Assert.False(ignore.Excludes("#"));
    }

    [Fact]
    public void Shell_words_keep_quotes_together_and_their_positions()
    {
        var words = ShellWords.Split("uvicorn main:app --port  \"80 06\" x\\ y", (start, end) => Location.Create("f", 1, start + 1, 1, end + 1));

        Assert.Equal(new[] { "uvicorn", "main:app", "--port", "80 06", "x y" }, words.Select(w => w.Value));
        Assert.Equal((26, 33), (words[3].Location.Column, words[3].Location.EndColumn));
    }

    [Fact]
    public void Port_options_and_local_urls_are_read()
    {
        var words = new[] { "gunicorn", "-b", "0.0.0.0:8004", "--port=8005", "-p", "8006", "--workers", "2" }
            .Select((w, i) => new Located<string>(w, Location.Create("f", 1, i + 1, 1, i + 2))).ToArray();

        Assert.Equal(new[] { 8004, 8005, 8006 }, PortArguments.FromCommand(words).Select(p => p.Port));
        Assert.Equal(new[] { (8006, true), (80, false) },
            PortArguments.FromUrls("curl -f http://localhost:8006/health && wget http://127.0.0.1/x http://other:1", PortArguments.IsLocalHost));
        Assert.Equal("redis", PortArguments.HostOfUrl("redis://:secret@redis:6379/0"));
    }

    [Theory]
    [InlineData("python:3.11-slim", "python", ImageFamily.Debian)]
    [InlineData("docker.io/library/redis:7-alpine", "redis", ImageFamily.Alpine)]
    [InlineData("ghcr.io/org/app:1.0", "org/app", ImageFamily.Unknown)]
    [InlineData("gcr.io/distroless/python3-debian12", "distroless/python3-debian12", ImageFamily.Distroless)]
    [InlineData("rockylinux:9", "rockylinux", ImageFamily.RedHat)]
    [InlineData("localhost:5000/base@sha256:abc", "base", ImageFamily.Unknown)]
    [InlineData("mcr.microsoft.com/dotnet/aspnet:8.0", "dotnet/aspnet", ImageFamily.Debian)]
    [InlineData("mcr.microsoft.com/dotnet/aspnet:8.0.30-azurelinux3.0-amd64", "dotnet/aspnet", ImageFamily.Unknown)]
    [InlineData("mcr.microsoft.com/dotnet/sdk:8.0-cbl-mariner2.0", "dotnet/sdk", ImageFamily.Unknown)]
    public void Image_names_and_families(string reference, string repository, ImageFamily family)
    {
        var image = ImageName.Parse(reference);
        Assert.Equal(repository, image.ShortRepository);
        Assert.Equal(family, ImageFamilies.Of(image));
    }
}

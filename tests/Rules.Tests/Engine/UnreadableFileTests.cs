using RedFire.Lint.Rules;
using RedFire.Lint.Sources;
using RedFire.Lint.Tests.Infrastructure;
using Xunit;

namespace RedFire.Lint.Tests.Engine;

public class UnreadableFileTests
{
    [Fact]
    public void Binary_file_is_reported_and_not_parsed() =>
        RuleTest.Flags(RuleIds.UnreadableFile, ("Dockerfile", "[||]FROM alpine\0\u0001\u0002"), ("compose.yaml", "services: {}\n"));

    [Fact]
    public void Text_file_is_not_reported() =>
        RuleTest.Passes(RuleIds.UnreadableFile, ("Dockerfile", "FROM alpine:3.20\n"));

    [Fact]
    public void A_file_over_the_size_limit_is_reported_with_its_size_and_not_parsed()
    {
        var oversized = "FROM alpine\n" + new string('#', SourceFile.MaxBytes);
        var diagnostic = Assert.Single(RuleTest.Lint(("Dockerfile", oversized)).Diagnostics);
        Assert.Equal(RuleIds.UnreadableFile, diagnostic.RuleId);
        Assert.Contains($"{SourceFile.MaxBytes + 12} bytes, over the {SourceFile.MaxBytes}-byte limit", diagnostic.Message);
    }
}

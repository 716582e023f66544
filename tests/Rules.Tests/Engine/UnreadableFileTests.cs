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

    [Fact]
    public void A_ports_class_file_with_brackets_left_open_is_reported_instead_of_parsed_for_minutes()
    {
        // Found by the fuzzer: Roslyn's parser backtracks exponentially on a run of unclosed "[Attr(x + 4;" lines.
        var broken = "public static class ServiceConfig\n{\n    public const int BasePort = 8000;\n" +
            string.Concat(System.Linq.Enumerable.Repeat("    [ComposeService(BasePort + 4;\n", 25)) + "}\n";
        var diagnostics = RuleTest.Flags(RuleIds.UnreadableFile, ("ServiceConfig.cs", "[||]" + broken), ("compose.yaml", "services:\n  web:\n    image: nginx:1.25\n    privileged: true\n"));
        Assert.Equal("The file was not linted: it leaves 50 '(' or '[' unclosed, so it cannot compile.", Assert.Single(diagnostics).Message);
        Assert.Contains(RuleTest.Lint(("ServiceConfig.cs", broken), ("compose.yaml", "services:\n  web:\n    image: nginx:1.25\n    privileged: true\n")).Diagnostics,
            d => d.RuleId == RuleIds.PrivilegedService);
    }

    [Fact]
    public void A_ports_class_file_that_compiles_is_parsed() =>
        RuleTest.Passes(RuleIds.UnreadableFile, ("ServiceConfig.cs", "public static class ServiceConfig\n{\n    [ComposeService(\"api\")] public const int ApiPort = (8000 + (1 * 2));\n}\n"));
}

using System.Linq;
using System.Text;
using RedFire.Lint.Compose;
using RedFire.Lint.Engine;
using RedFire.Lint.Rules;
using RedFire.Lint.Sources;
using RedFire.Lint.Tests.Infrastructure;
using Xunit;

namespace RedFire.Lint.Tests.Engine;

/// <summary>One bad file is that file's finding: every other file of the run is still linted (issue 14).</summary>
public class FileIsolationTests
{
    private const string Privileged = "services:\n  web:\n    image: nginx:1.25\n    privileged: true\n";

    // YamlDotNet throws InvalidOperationException or ArgumentException, not a YamlException, on these.
    [Theory]
    [InlineData(":\n{\u2029[|f|]")]            // a line separator inside a flow mapping
    [InlineData("a: !<[>[| |]1\n")]            // a global tag that is not a URI
    [InlineData("...\na:[|\n|]")]              // tokens after a document end marker
    public void A_compose_file_the_YAML_parser_throws_on_is_an_RF0002_and_the_other_files_are_linted(string marked)
    {
        RuleTest.Flags(RuleIds.YamlSyntax, ("bad/compose.yaml", marked), ("good/compose.yaml", Privileged));
        var result = RuleTest.Lint(("bad/compose.yaml", Markup.Parse(marked).Text), ("good/compose.yaml", Privileged));
        Assert.DoesNotContain(result.Diagnostics, d => d.RuleId == RuleIds.InternalError);
        Assert.Contains(result.Diagnostics, d => d.RuleId == RuleIds.PrivilegedService && d.Location.File == "good/compose.yaml");
    }

    [Fact]
    public void The_parse_error_message_does_not_quote_the_file()
    {
        var result = RuleTest.Lint(("compose.yaml", "a: !<[secretvalue> 1\n"));
        var error = Assert.Single(result.Diagnostics, d => d.RuleId == RuleIds.YamlSyntax);
        Assert.DoesNotContain("secretvalue", error.Message);
    }

    [Fact]
    public void Fifty_thousand_services_merging_one_small_anchor_load()
    {
        var text = new StringBuilder("x-base: &base\n  image: app:1\n  restart: always\n  read_only: true\nservices:\n");
        for (var i = 0; i < 50_000; i++) text.Append($"  s{i}:\n    <<: *base\n");
        var result = RuleTest.Lint(("compose.yaml", text.ToString()));
        Assert.DoesNotContain(result.Diagnostics, d => d.RuleId is RuleIds.YamlSyntax or RuleIds.InternalError);
        Assert.Equal(50_000, Assert.Single(result.Models.Get<ComposeProject>()).Services.Count);
    }

    [Fact]
    public void Output_does_not_depend_on_how_files_are_scheduled()
    {
        var files = Enumerable.Range(0, 40)
            .SelectMany(i => new[] { ($"app{i}/compose.yaml", Privileged + "    build: .\n"), ($"app{i}/Dockerfile", "FROM alpine\nRUN apk add curl\n") })
            .ToArray();
        var first = RuleTest.Lint(files).Diagnostics;
        for (var run = 0; run < 3; run++) Assert.Equal(first, RuleTest.Lint(files).Diagnostics);
    }
}

/// <summary>References that leave the linted directory are reported where they are written, never read (issue 14).</summary>
public class ReadBoundaryTests
{
    private static LintResult Lint(ReadBoundary? boundary, params (string Path, string Text)[] tree)
    {
        var fileSystem = new InMemoryFileSystem(tree);
        var sources = tree.Where(f => f.Path.StartsWith("app/", System.StringComparison.Ordinal))
            .Select(f => new SourceFile(f.Path, f.Text, FileClassifier.Classify(f.Path), InMemoryFileSystem.FullPath(f.Path)))
            .ToArray();
        return Linter.Run(new LintRequest(sources)
        {
            WorkingDirectory = InMemoryFileSystem.Root,
            FileSystem = fileSystem,
            Boundary = boundary ?? ReadBoundary.Within([InMemoryFileSystem.FullPath("app")], fileSystem),
        });
    }

    private static readonly (string, string)[] Tree =
    [
        ("app/compose.yaml", "include:\n  - path: ../outside/compose.yaml\n  - path: inside.yaml\n    env_file: ../../../etc/passwd\n"),
        ("app/inside.yaml", "services:\n  web:\n    image: nginx:1.25\n    privileged: true\n"),
        ("outside/compose.yaml", "services:\n  leak:\n    image: leaked-image-name:1\n    privileged: true\n"),
        ("/etc/passwd", "root:x:0:0:root:/root:/bin/bash\n"),
    ];

    [Fact]
    public void An_include_and_an_env_file_outside_the_tree_are_reported_at_the_reference_and_not_read()
    {
        var result = Lint(null, Tree);
        var unread = result.Diagnostics.Where(d => d.RuleId == RuleIds.UnreadableFile).ToArray();
        Assert.Equal([(2, 5), (3, 5)], unread.Select(d => (d.Location.Line, d.Location.Column)));
        Assert.All(unread, d => Assert.Equal("app/compose.yaml", d.Location.File));
        Assert.All(unread, d => Assert.Contains("outside the linted directory", d.Message));
        Assert.DoesNotContain(result.Diagnostics, d => d.Message.Contains("leaked-image-name") || d.Message.Contains("root:x"));
        Assert.Contains(result.Diagnostics, d => d.RuleId == RuleIds.PrivilegedService && d.Location.File == "app/inside.yaml");
    }

    [Fact]
    public void With_reading_outside_allowed_the_include_is_loaded()
    {
        var result = Lint(ReadBoundary.Anywhere, Tree);
        Assert.DoesNotContain(result.Diagnostics, d => d.RuleId == RuleIds.UnreadableFile);
        Assert.Contains(result.Diagnostics, d => d.RuleId == RuleIds.PrivilegedService && d.Location.File == "outside/compose.yaml");
    }
}

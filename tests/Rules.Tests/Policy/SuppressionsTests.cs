using System.Linq;
using RedFire.Lint.Catalog;
using RedFire.Lint.Findings;
using RedFire.Lint.Policy;
using RedFire.Lint.Sources;
using Xunit;

namespace RedFire.Lint.Tests.Policy;

public class SuppressionsTests
{
    /// <summary>A catalogue with the aliases peers' suppressions are translated through.</summary>
    private static readonly RuleCatalog Catalog = RuleCatalog.Parse("""
        {"rules": [
          {"id": "RF1001", "title": "Untagged image", "category": "reliability", "defaultSeverity": "warning", "profile": "recommended",
           "description": "Image without a tag.", "helpUri": "https://github.com/redfire/redfire-lint/blob/main/docs/rules/RF1001.md",
           "aliases": ["hadolint:DL3006", "buildkit:JSONArgsRecommended"]},
          {"id": "RF1002", "title": "Apt without no-install-recommends", "category": "performance", "defaultSeverity": "warning", "profile": "recommended",
           "description": "Installs recommended packages.", "helpUri": "https://github.com/redfire/redfire-lint/blob/main/docs/rules/RF1002.md",
           "aliases": ["hadolint:DL3015"]},
          {"id": "RF2001", "title": "Privileged service", "category": "security", "defaultSeverity": "error", "profile": "recommended",
           "description": "A service runs privileged.", "helpUri": "https://github.com/redfire/redfire-lint/blob/main/docs/rules/RF2001.md",
           "aliases": ["dclint:no-privileged"]}
        ]}
        """, RuleCatalog.ReadResource("RedFire.Lint.rules.schema.json"));

    /// <summary>The lines of <paramref name="ruleId"/> findings that survive, for a finding on each line of the file.</summary>
    private static int[] Surviving(string path, string text, string ruleId)
    {
        var source = new SourceFile(path, text, FileClassifier.Classify(path));
        var suppressions = Suppressions.Parse(source, Catalog);
        return Enumerable.Range(1, source.Lines.LineCount)
            .Where(line => !suppressions.IsSuppressed(new Finding(ruleId, Location.Create(path, line, 1, line, 2), "m")))
            .ToArray();
    }

    [Fact]
    public void Disable_next_line_silences_the_next_code_line_only()
    {
        const string text = "FROM a\n# redfire-lint disable-next-line RF1001\n\n# another comment\nFROM b\nFROM c\n";
        Assert.Equal([1, 2, 3, 4, 6, 7], Surviving("Dockerfile", text, "RF1001"));
        Assert.Equal([1, 2, 3, 4, 5, 6, 7], Surviving("Dockerfile", text, "RF1002"));
    }

    [Fact]
    public void Disable_next_line_in_a_dockerfile_covers_the_whole_instruction_with_its_continuations()
    {
        const string text = "# redfire-lint disable-next-line RF1002\nRUN apt-get update && \\\n    # a comment inside\n\n    apt-get install -y curl\nRUN next\n";
        Assert.Equal([1, 6, 7], Surviving("Dockerfile", text, "RF1002"));
    }

    [Fact]
    public void Continuations_follow_the_escape_directive()
    {
        const string text = "# escape=`\n# redfire-lint disable-next-line RF1002\nRUN a `\n    b\nRUN c \\\n    d\n";
        Assert.Equal([1, 2, 5, 6, 7], Surviving("Dockerfile", text, "RF1002"));
    }

    [Theory]
    [InlineData("# redfire-lint disable-next-line RF1001 -- base image is pinned by digest elsewhere\nFROM a\n")]
    [InlineData("# redfire-lint disable-next-line RF1002,RF1001\nFROM a\n")]
    [InlineData("# redfire-lint disable-next-line RF1002 rf1001\nFROM a\n")]
    [InlineData("#redfire-lint   disable-next-line\tRF1001\nFROM a\n")]
    [InlineData("# redfire-lint disable-next-line\nFROM a\n")]
    [InlineData("# redfire-lint disable-next-line -- no ids means every rule\nFROM a\n")]
    public void Id_lists_reasons_and_spacing_are_understood(string text) =>
        Assert.Equal([1, 3], Surviving("Dockerfile", text, "RF1001"));

    [Fact]
    public void A_reason_is_not_taken_for_ids()
    {
        const string text = "# redfire-lint disable-next-line RF1002 -- RF1001 is fine here\nFROM a\n";
        Assert.Equal([1, 2, 3], Surviving("Dockerfile", text, "RF1001"));
    }

    [Fact]
    public void Disable_line_silences_its_own_line_even_as_a_trailing_yaml_comment()
    {
        const string text = "services:\n  app:\n    privileged: true # redfire-lint disable-line RF2001 -- needs the GPU\n    cap_add: [ALL]\n";
        Assert.Equal([1, 2, 4, 5], Surviving("compose.yaml", text, "RF2001"));
    }

    [Fact]
    public void A_trailing_hash_in_a_dockerfile_is_not_a_comment()
    {
        const string text = "RUN echo hi # redfire-lint disable-line RF1002\n";
        Assert.Equal([1, 2], Surviving("Dockerfile", text, "RF1002"));
    }

    [Fact]
    public void Disable_file_silences_every_line_from_anywhere_in_the_file()
    {
        const string text = "FROM a\nFROM b\n# redfire-lint disable-file RF1001\n";
        Assert.Empty(Surviving("Dockerfile", text, "RF1001"));
        Assert.Equal(4, Surviving("Dockerfile", text, "RF1002").Length);
    }

    [Fact]
    public void Disable_file_without_ids_silences_every_rule()
    {
        Assert.Empty(Surviving("Dockerfile", "# redfire-lint disable-file -- generated\nFROM a\n", "RF1002"));
    }

    [Theory]
    [InlineData(".env", "# redfire-lint disable-next-line RF2001\nA=1\nB=2\n")]
    [InlineData("nginx.conf", "# redfire-lint disable-next-line RF2001\nA=1\nB=2\n")]
    [InlineData("compose.yml", "# redfire-lint disable-next-line RF2001\nA=1\nB=2\n")]
    [InlineData("ServiceConfig.cs", "// redfire-lint disable-next-line RF2001\nA=1\nB=2\n")]
    public void Every_file_kind_understands_our_comments(string path, string text) =>
        Assert.Equal([1, 3, 4], Surviving(path, text, "RF2001"));

    [Fact]
    public void Hadolint_ignore_silences_the_aliased_rules_on_the_next_instruction()
    {
        const string text = "# hadolint ignore=DL3006,DL3015\nFROM a \\\n  AS b\nFROM c\n";
        Assert.Equal([1, 4, 5], Surviving("Dockerfile", text, "RF1001"));
        Assert.Equal([1, 4, 5], Surviving("Dockerfile", text, "RF1002"));
        Assert.Equal([1, 2, 3, 4, 5], Surviving("Dockerfile", text, "RF2001"));
    }

    [Fact]
    public void Hadolint_global_ignore_silences_the_whole_file()
    {
        Assert.Empty(Surviving("Dockerfile", "FROM a\n# hadolint global ignore=DL3006\nFROM b\n", "RF1001"));
    }

    [Fact]
    public void Hadolint_stage_ignore_silences_the_rest_of_the_stage_or_the_stage_below()
    {
        const string text = "FROM a\nRUN x\n# hadolint stage ignore=DL3006\nRUN y\nFROM b\n# hadolint stage ignore=DL3006\nFROM c\nRUN z\nFROM d\n";
        Assert.Equal([1, 2, 3, 5, 6, 9, 10], Surviving("Dockerfile", text, "RF1001"));
        Assert.Equal([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], Surviving("Dockerfile", text, "RF1002"));
    }

    [Fact]
    public void Hadolint_comments_count_only_in_dockerfiles()
    {
        Assert.Equal([1, 2, 3], Surviving("compose.yaml", "# hadolint ignore=DL3006\nimage: a\n", "RF1001"));
    }

    [Theory]
    [InlineData("# check=skip=JSONArgsRecommended\nFROM a\nCMD x\n")]
    [InlineData("# syntax=docker/dockerfile:1\n# check=skip=JSONArgsRecommended,StageNameCasing;error=true\nFROM a\n")]
    [InlineData("# CHECK = skip=all\nFROM a\n")]
    public void Check_skip_directive_silences_the_aliased_rules_in_the_whole_file(string text) =>
        Assert.Empty(Surviving("Dockerfile", text, "RF1001"));

    [Theory]
    [InlineData("FROM a\n# check=skip=JSONArgsRecommended\nCMD x\n")]
    [InlineData("\n# check=skip=JSONArgsRecommended\nFROM a\n")]
    [InlineData("# a plain comment\n# check=skip=JSONArgsRecommended\nFROM a\n")]
    public void Check_skip_after_the_directive_header_silences_only_the_next_instruction_as_buildkit_does(string text) =>
        Assert.Equal([1, 2, 4], Surviving("Dockerfile", text, "RF1001"));

    [Fact]
    public void Check_without_skip_silences_nothing()
    {
        Assert.Equal(3, Surviving("Dockerfile", "# check=error=true\nFROM a\n", "RF1001").Length);
    }

    [Fact]
    public void Crlf_and_bom_files_are_understood()
    {
        const string text = "\uFEFF# redfire-lint disable-next-line RF1001\r\nFROM a\r\nFROM b\r\n";
        Assert.Equal([1, 3, 4], Surviving("Dockerfile", text, "RF1001"));
    }

    [Fact]
    public void A_suppression_on_the_last_line_silences_nothing()
    {
        Assert.Equal([1, 2], Surviving("Dockerfile", "FROM a\n# redfire-lint disable-next-line RF1001", "RF1001"));
    }
}

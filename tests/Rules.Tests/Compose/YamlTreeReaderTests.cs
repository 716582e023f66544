using System.Linq;
using System.Text;
using RedFire.Lint.Compose;
using RedFire.Lint.Compose.Yaml;
using RedFire.Lint.Rules;
using RedFire.Lint.Tests.Infrastructure;
using Xunit;

namespace RedFire.Lint.Tests.Compose;

public class YamlTreeReaderTests
{
    [Fact]
    public void Value_merged_through_an_anchor_knows_where_it_was_written_and_where_it_landed()
    {
        var project = ComposeTestHost.Project(("compose.yaml", """
            x-common: &common
              restart: always
              image: base:1
            services:
              web:
                <<: *common
                image: web:2
            """));
        var web = project.FindService("web")!;
        Assert.Equal("web:2", web.Image!.Value);          // explicit keys win over merged ones
        Assert.Equal(7, web.Image.Location.Line);
        Assert.Null(web.Image.MergedAt);
        Assert.Equal("always", web.Restart!.Value);
        Assert.Equal((2, 12), (web.Restart.Location.Line, web.Restart.Location.Column)); // written in x-common
        Assert.Equal((6, 9), (web.Restart.MergedAt!.Value.Line, web.Restart.MergedAt.Value.Column)); // landed at *common
        Assert.Equal(web.Restart.MergedAt, web.Restart.UsedAt);
    }

    [Fact]
    public void Merge_list_earlier_maps_win_and_nested_anchors_resolve()
    {
        var project = ComposeTestHost.Project(("compose.yaml", """
            x-a: &a
              user: a
            x-b: &b
              <<: *a
              user: b
              read_only: true
            x-c: &c
              user: c
              privileged: true
            services:
              s:
                image: x
                <<: [*b, *c]
            """));
        var s = project.FindService("s")!;
        Assert.Equal("b", s.User!.Value);
        Assert.True(s.IsReadOnly);
        Assert.True(s.IsPrivileged);
    }

    [Fact]
    public void Duplicate_keys_are_reported_at_the_second_key()
    {
        var result = ComposeTestHost.Lint(("compose.yaml", "services:\n  a:\n    image: x\n    image: y\n"));
        var d = Assert.Single(ComposeTestHost.Errors(result, RuleIds.YamlSyntax));
        Assert.Equal((4, 5, 4, 10), (d.Location.Line, d.Location.Column, d.Location.EndLine, d.Location.EndColumn));
        Assert.Contains("Key 'image' is defined a second time", d.Message);
    }

    [Fact]
    public void Syntax_error_is_reported_at_the_parser_mark()
    {
        var result = ComposeTestHost.Lint(("compose.yaml", "services:\n  a:\n    image: [x\n"));
        var d = Assert.Single(ComposeTestHost.Errors(result, RuleIds.YamlSyntax));
        Assert.Contains("Not valid YAML", d.Message);
        Assert.DoesNotContain("Idx:", d.Message);
        Assert.Empty(result.Models.Get<ComposeProject>());
    }

    [Fact]
    public void Billion_laughs_is_stopped_by_the_alias_budget()
    {
        var text = new StringBuilder("a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
        for (var i = 1; i <= 9; i++)
            text.Append($"a{i}: &a{i} [{string.Join(", ", Enumerable.Repeat($"*a{i - 1}", 9))}]\n");
        text.Append("services:\n  s:\n    image: x\n    command: *a9\n");
        Assert.Contains(Read(text.ToString()), m => m.Contains("billion laughs"));
    }

    [Fact]
    public void Deep_nesting_is_stopped_without_stack_overflow()
    {
        var messages = Read("services: " + new string('[', 100_000) + new string(']', 100_000) + "\n");
        Assert.Contains($"more than {ComposeLimits.MaxNestingDepth} levels", Assert.Single(messages));
        var blockMessages = Read(string.Concat(Enumerable.Range(0, 1000).Select(i => new string(' ', i) + "k:\n")));
        Assert.Contains(blockMessages, m => m.Contains("levels deep"));
    }

    // The limits are counts (alias-copied nodes, nesting depth), so these inputs stop after bounded work;
    // their time is measured in bench/ (HostileInputBenchmarks), not asserted here.
    private static string[] Read(string text)
    {
        var messages = new System.Collections.Generic.List<string>();
        YamlTreeReader.Read(new Sources.SourceFile("compose.yaml", text, Sources.FileKind.Compose), (_, _, message, _) => messages.Add(message.ToString()));
        return messages.ToArray();
    }

    [Fact]
    public void Reset_and_override_tags_are_kept_on_nodes()
    {
        var file = YamlTreeReader.Read(new Sources.SourceFile("c.yaml", "a: !reset []\nb: !override {x: 1}\n", Sources.FileKind.Compose), (_, _, _, _) => { });
        var root = Assert.IsType<YamlMapping>(Assert.Single(file.Documents));
        Assert.True(root["a"]!.IsReset);
        Assert.True(root["b"]!.IsOverride);
    }

    [Fact]
    public void Scalars_resolve_with_yaml_1_2_core_schema()
    {
        var file = YamlTreeReader.Read(new Sources.SourceFile("c.yaml", "a: yes\nb: 22:22\nc: true\nd: 0x1F\ne: '1'\nf: ~\ng: 1.5\n", Sources.FileKind.Compose), (_, _, _, _) => { });
        var root = (YamlMapping)file.Documents[0];
        YamlScalarKind Kind(string k) => ((YamlScalar)root[k]!).Kind;
        Assert.Equal(YamlScalarKind.String, Kind("a"));
        Assert.Equal(YamlScalarKind.String, Kind("b"));
        Assert.Equal(YamlScalarKind.Boolean, Kind("c"));
        Assert.Equal(YamlScalarKind.Integer, Kind("d"));
        Assert.Equal(YamlScalarKind.String, Kind("e"));
        Assert.Equal(YamlScalarKind.Null, Kind("f"));
        Assert.Equal(YamlScalarKind.Float, Kind("g"));
    }
}

using System.IO;
using System.Linq;
using RedFire.Lint.Findings;
using RedFire.Lint.Output;
using RedFire.Lint.Sources;
using Xunit;

namespace RedFire.Lint.Tests.Output;

/// <summary>The text format's code frames: carets under the span whatever the line holds, secrets masked, only linted files quoted.</summary>
public class CodeFrameTests
{
    private static string Render(string text, Location location, bool linted = true, bool quotesSecret = false)
    {
        var diagnostic = new Diagnostic("RF9999", Severity.Warning, location, "Something is wrong.", string.Empty) { QuotesSecret = quotesSecret };
        var report = new LintReport([diagnostic])
        {
            FileCount = 1,
            Sources = linted ? [new SourceFile("deploy/file", text, FileKind.Env)] : [],
        };
        var output = new StringWriter();
        new TextReportWriter(color: false).Write(report, output);
        var frame = output.ToString().Split('\n')[2..^3];
        // Without the indent under the position column, which depends on the position's width.
        var indent = frame.Length == 0 ? 0 : frame.Min(l => l.Length - l.TrimStart(' ').Length);
        return string.Join("\n", frame.Select(l => l.Substring(indent)));
    }

    [Fact]
    public void Carets_sit_under_the_span_after_tabs_and_wide_characters()
    {
        var frame = Render("\tNAME=中文 value\n", Location.Create("deploy/file", 1, 10, 1, 15));
        Assert.Equal("1 |     NAME=中文 value\n  | " + new string(' ', 14) + "^^^^^", frame);
    }

    [Fact]
    public void A_span_over_several_lines_shows_its_first_and_last_line()
    {
        var frame = Render("a: 1\nblock: |\n  one\n  two\n  end\n", Location.Create("deploy/file", 2, 8, 5, 6));
        Assert.Equal(
            "  2 | block: |\n" +
            "    |        ^\n" +
            "... |\n" +
            "  5 |   end\n" +
            "    |   ^^^", frame);
    }

    [Fact]
    public void Control_and_bidi_characters_cannot_reach_the_terminal()
    {
        var frame = Render("A=\u001b[31mred\u202e\n", Location.Create("deploy/file", 1, 1, 1, 2));
        Assert.Equal("1 | A=\uFFFD[31mred\uFFFD\n  | ^", frame);
    }

    [Fact]
    public void A_secret_the_diagnostic_points_at_is_masked_in_the_frame()
    {
        var frame = Render("proxy_set_header X-Api-Key \"Rt5yH8jK1lP4oIu\";\n", Location.Create("deploy/file", 1, 29, 1, 44), quotesSecret: true);
        Assert.Equal("1 | proxy_set_header X-Api-Key \"Rt…[15 chars]\";\n  | " + new string(' ', 28) + new string('^', 13), frame);
    }

    [Fact]
    public void Secret_named_settings_are_masked_even_when_another_rule_reports_the_line()
    {
        var frame = Render("DB_PASSWORD=\"Hq7wXe2Lz9Pk4Rt\" # note\n", Location.Create("deploy/file", 1, 31, 1, 37));
        Assert.Equal("1 | DB_PASSWORD=\"Hq…[15 chars]\" # note\n  | " + new string(' ', 28) + "^^^^^^", frame);
    }

    [Fact]
    public void A_long_line_is_shown_as_a_window_around_the_span()
    {
        var text = new string('x', 300) + " TARGET " + new string('y', 300) + "\n";
        var frame = Render(text, Location.Create("deploy/file", 1, 302, 1, 308)).Split('\n');
        Assert.StartsWith("1 | …" + new string('x', 39) + " TARGET ", frame[0]);
        Assert.EndsWith("y…", frame[0]);
        Assert.Equal("  | " + new string(' ', 41) + "^^^^^^", frame[1]);
    }

    [Fact]
    public void A_file_outside_the_linted_tree_gets_no_frame()
    {
        var frame = Render("A=1\n", Location.Create("deploy/file", 1, 1, 1, 2), linted: false);
        Assert.Equal("", frame);
    }
}

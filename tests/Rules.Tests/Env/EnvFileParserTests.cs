using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using RedFire.Lint.Env;
using RedFire.Lint.Sources;
using Xunit;

namespace RedFire.Lint.Tests.Env;

/// <summary>The env-file semantics of docker compose (compose-go's dotenv), with the position of every key and value.</summary>
public class EnvFileParserTests
{
    private static EnvFile Parse(string text, Func<string, string?>? lookup = null) =>
        EnvFileParser.Parse(new SourceFile(".env", text, FileKind.Env), lookup);

    private static Dictionary<string, string?> Values(EnvFile file) =>
        file.Entries.GroupBy(e => e.Key).ToDictionary(g => g.Key, g => g.Last().Value);

    private static string Span(Location? location) =>
        location is not { } at ? "none" : $"({at.Line},{at.Column})-({at.EndLine},{at.EndColumn})";

    [Fact]
    public void Plain_values_are_trimmed_around_the_separator_and_cut_at_an_inline_comment()
    {
        var file = Parse("A=1\nB =2\nC= 3\nD = 4 \nE = \nF=\nG = my string # comment\n");
        Assert.Empty(file.Errors);
        Assert.Equal(new Dictionary<string, string?> { ["A"] = "1", ["B"] = "2", ["C"] = "3", ["D"] = "4", ["E"] = "", ["F"] = "", ["G"] = "my string" }, Values(file));
        var d = file.Entries[3];
        Assert.Equal("(4,1)-(4,2)", Span(d.KeyLocation));
        Assert.Equal("(4,5)-(4,6)", Span(d.ValueLocation));
        Assert.Equal("(6,3)-(6,3)", Span(file.Entries[5].ValueLocation));
        Assert.Equal("(7,5)-(7,14)", Span(file.Entries[6].ValueLocation));
        Assert.Equal("my string", file.Entries[6].RawValue);
        Assert.All(file.Entries, e => Assert.Equal(EnvQuote.None, e.Quote));
    }

    [Fact]
    public void Hash_without_a_space_before_it_is_part_of_an_unquoted_value()
    {
        var file = Parse("A=abc#def\nB= #not a comment\nC=x\t# tab is not a comment start\n");
        Assert.Equal("abc#def", file.Entries[0].Value);
        Assert.Equal("#not a comment", file.Entries[1].Value);
        Assert.Equal("x\t# tab is not a comment start", file.Entries[2].Value);
    }

    [Fact]
    public void Quoted_values_keep_spaces_and_hashes_and_a_comment_may_follow()
    {
        var file = Parse("A='1'\nB=''\nC='\\n'\nD=\"\\n\"\nE = \"echo 'asd'\" # comment\nF=\"bar#baz\" # c\nG='Let\\'s go!'\nH=\"escaped\\\"bar\"\n");
        Assert.Empty(file.Errors);
        var values = Values(file);
        Assert.Equal("1", values["A"]);
        Assert.Equal("", values["B"]);
        Assert.Equal("\\n", values["C"]);
        Assert.Equal("\n", values["D"]);
        Assert.Equal("echo 'asd'", values["E"]);
        Assert.Equal("bar#baz", values["F"]);
        Assert.Equal("Let's go!", values["G"]);
        Assert.Equal("escaped\"bar", values["H"]);
        Assert.Equal(EnvQuote.Single, file.Entries[0].Quote);
        Assert.Equal(EnvQuote.Double, file.Entries[3].Quote);
        Assert.Equal("(5,5)-(5,17)", Span(file.Entries[4].ValueLocation));
        Assert.Equal("echo 'asd'", file.Entries[4].RawValue);
        Assert.Equal("Let\\'s go!", file.Entries[6].RawValue);
    }

    [Fact]
    public void Double_quotes_expand_escapes_and_single_quotes_do_not()
    {
        var file = Parse("A=\"a\\tb\\\\c\\$d\\qe\"\nB='a\\tb$X'\n", _ => "x");
        Assert.Equal("a\tb\\c$d\\qe", file.Entries[0].Value);
        Assert.Equal("a\\tb$X", file.Entries[1].Value);
    }

    [Fact]
    public void Multi_line_quoted_value_spans_all_its_lines()
    {
        var file = Parse("A = 'first line\nsecond line\nand so on'\nZ = \"last\"\n");
        Assert.Empty(file.Errors);
        Assert.Equal("first line\nsecond line\nand so on", file.Entries[0].Value);
        Assert.Equal("(1,5)-(3,11)", Span(file.Entries[0].ValueLocation));
        Assert.Equal("(4,1)-(4,2)", Span(file.Entries[1].KeyLocation));
        Assert.Equal("last", file.Entries[1].Value);
    }

    [Fact]
    public void Export_prefix_is_accepted_but_not_part_of_the_name()
    {
        var file = Parse("export A=2\nexport B='\\n'\n  export\tC=3\nexportD=4\nexport_E =5\nexport\n");
        Assert.Equal(["A", "B", "C", "exportD", "export_E", "export"], file.Entries.Select(e => e.Key));
        Assert.Equal([true, true, true, false, false, false], file.Entries.Select(e => e.IsExported));
        Assert.Equal("(1,8)-(1,9)", Span(file.Entries[0].KeyLocation));
        Assert.Equal("\\n", file.Entries[1].Value);
        Assert.True(file.Entries[5].IsInherited);
    }

    [Fact]
    public void Equals_signs_and_colons_in_values_are_kept()
    {
        var file = Parse("export A='postgres://localhost:5432/db?sslmode=disable'\nB=foobar=\nC=1:B\nD: Foo=bar\n");
        var values = Values(file);
        Assert.Equal("postgres://localhost:5432/db?sslmode=disable", values["A"]);
        Assert.Equal("foobar=", values["B"]);
        Assert.Equal("1:B", values["C"]);
        Assert.Equal("Foo=bar", values["D"]);
    }

    [Fact]
    public void Dots_dashes_and_brackets_are_valid_in_names()
    {
        var file = Parse("VAR.WITH.DOTS=dots\nVAR_WITH_UNDERSCORES=u\nVAR-WITH-DASHES=dashes\nA[0]=x\n456 = ABC\n");
        Assert.Empty(file.Errors);
        Assert.Equal(["VAR.WITH.DOTS", "VAR_WITH_UNDERSCORES", "VAR-WITH-DASHES", "A[0]", "456"], file.Entries.Select(e => e.Key));
    }

    [Fact]
    public void Substitutions_use_earlier_entries()
    {
        var file = Parse("A=1\nB=${A}\nC=$B\nD=${A}_${B}\nE=${NOT_DEFINED}\nF=\"quoted $A\"\nG=$$A\nH=\"\\${A}\"\nI=cost$\n");
        var values = Values(file);
        Assert.Equal("1", values["B"]);
        Assert.Equal("1", values["C"]);
        Assert.Equal("1_1", values["D"]);
        Assert.Equal("", values["E"]);
        Assert.Equal(["NOT_DEFINED"], file.Entries[4].UnsetVariables);
        Assert.Equal("quoted 1", values["F"]);
        Assert.Equal("$A", values["G"]);
        Assert.Equal("${A}", values["H"]);
        Assert.Equal("cost$", values["I"]);
        Assert.Equal("${A}_${B}", file.Entries[3].RawValue);
    }

    [Fact]
    public void Defaults_and_alternatives_follow_compose()
    {
        var file = Parse("A=${A:-1}\nB=${A}\nEMPTY=\nC=${EMPTY:-d}\nD=${EMPTY-d}\nE=${EMPTY:+alt}\nF=${A+alt}\nG=${UNSET:-${ALSO:-deep}}\nH=${UNSET:-x}\n");
        Assert.Empty(file.Errors);
        var values = Values(file);
        Assert.Equal("1", values["A"]);
        Assert.Equal("1", values["B"]);
        Assert.Equal("d", values["C"]);
        Assert.Equal("", values["D"]);
        Assert.Equal("", values["E"]);
        Assert.Equal("alt", values["F"]);
        Assert.Equal("deep", values["G"]);
        Assert.All(file.Entries, e => Assert.Empty(e.UnsetVariables));
    }

    [Fact]
    public void The_environment_wins_over_earlier_entries_in_substitution()
    {
        var env = new Dictionary<string, string> { ["A"] = "from-env" };
        var file = Parse("A=from-file\nB=${A}\n", k => env.TryGetValue(k, out var v) ? v : null);
        Assert.Equal("from-file", file.Entries[0].Value);
        Assert.Equal("from-env", file.Entries[1].Value);
    }

    [Fact]
    public void A_name_alone_is_inherited_from_the_environment()
    {
        var file = Parse("foo=bar\nFROM_OS\nNOT_FOUND\r\nbar=baz", k => k == "FROM_OS" ? "os-value" : null);
        Assert.Empty(file.Errors);
        Assert.Equal(["foo", "FROM_OS", "NOT_FOUND", "bar"], file.Entries.Select(e => e.Key));
        Assert.True(file.Entries[1].IsInherited);
        Assert.Equal("os-value", file.Entries[1].Value);
        Assert.Null(file.Entries[2].Value);
        Assert.Null(file.Entries[2].ValueLocation);
        Assert.Equal("(3,1)-(3,10)", Span(file.Entries[2].KeyLocation));
        Assert.False(file.Variables.ContainsKey("NOT_FOUND"));
        Assert.Equal("baz", file.Variables["bar"]);
    }

    [Fact]
    public void Utf8_bom_and_crlf_are_tolerated()
    {
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes("OPTION_A=1\r\nOPTION_B = \"two\"\r\n# c\r\nOPTION_C=3 # c\r\n")).ToArray();
        var file = EnvFileParser.Parse(SourceFile.FromBytes(bytes, ".env", FileKind.Env));
        Assert.Empty(file.Errors);
        Assert.Equal(new Dictionary<string, string?> { ["OPTION_A"] = "1", ["OPTION_B"] = "two", ["OPTION_C"] = "3" }, Values(file));
        Assert.Equal("(1,1)-(1,9)", Span(file.Entries[0].KeyLocation));
        Assert.Equal("(1,10)-(1,11)", Span(file.Entries[0].ValueLocation));
        Assert.Equal("(2,12)-(2,17)", Span(file.Entries[1].ValueLocation));
    }

    [Fact]
    public void Later_entries_win_in_the_variables_map()
    {
        var file = Parse("A=1\nA=2\n");
        Assert.Equal(2, file.Entries.Count);
        Assert.Equal("2", file.Variables["A"]);
        Assert.Same(file.Entries[1], file.Find("A"));
        Assert.Null(file.Find("B"));
    }

    [Fact]
    public void Invalid_lines_are_reported_at_their_position_and_the_rest_still_parses()
    {
        var file = Parse("# some comments\nfoo=\"\n  a\n  multine\n  value\n\"\nINVALID LINE\nlol$wut=1\nzot=qix");
        Assert.Equal(["foo", "zot"], file.Entries.Select(e => e.Key));
        Assert.Equal("\n  a\n  multine\n  value\n", file.Entries[0].Value);
        Assert.Equal("(2,5)-(6,2)", Span(file.Entries[0].ValueLocation));
        Assert.Equal("qix", file.Variables["zot"]);
        Assert.Equal(["(7,1)-(7,13)", "(8,4)-(8,5)"], file.Errors.Select(e => Span(e.Location)));
        Assert.Contains("'INVALID' is followed by a space", file.Errors[0].Message);
        Assert.Contains("'$' is not allowed in a variable name", file.Errors[1].Message);
    }

    [Fact]
    public void Unterminated_quote_is_reported_at_the_opening_quote_line()
    {
        var file = Parse("A=\"hunter2 value\nB=2\n");
        var error = Assert.Single(file.Errors);
        Assert.Equal("(1,3)-(1,17)", Span(error.Location));
        Assert.DoesNotContain("hunter2", error.Message);
        Assert.Equal(["B"], file.Entries.Select(e => e.Key));
    }

    [Fact]
    public void Text_after_a_closing_quote_is_reported()
    {
        var file = Parse("A=\"x\" y\nB=\"x\"#c\n");
        var error = Assert.Single(file.Errors);
        Assert.Equal("(1,7)-(1,8)", Span(error.Location));
        Assert.Equal(["A", "B"], file.Entries.Select(e => e.Key));
    }

    [Fact]
    public void Missing_name_and_malformed_substitutions_are_reported()
    {
        var file = Parse("=value\nA=${\nB=${1X}\nD=${A:x}\n");
        Assert.Equal(["(1,1)-(1,2)", "(2,3)-(2,5)", "(3,3)-(3,8)", "(4,3)-(4,9)"], file.Errors.Select(e => Span(e.Location)));
        Assert.Contains("The value of D has", file.Errors[3].Message);
    }

    [Fact]
    public void Unset_required_variable_is_recorded_not_an_error()
    {
        var file = Parse("C=${REQ:?set REQ please}\nE=${EMPTY?}\n");
        Assert.Empty(file.Errors);
        var missing = file.Entries[0].MissingRequiredVariables.Single();
        Assert.Equal(("REQ", "set REQ please"), (missing.Name, missing.Message));
        Assert.Equal("EMPTY", file.Entries[1].MissingRequiredVariables.Single().Name);
        Assert.Empty(Parse("C=${REQ:?x}\n", _ => "set").Entries[0].MissingRequiredVariables);
    }

    [Fact]
    public void Hostile_input_finishes_quickly()
    {
        var deep = "A=" + string.Concat(Enumerable.Repeat("${X:-", 10_000)) + "x" + new string('}', 10_000) + "\n";
        var file = Parse(deep + new string('"', 50_000) + "\n" + string.Concat(Enumerable.Repeat("K=v\n", 20_000)));
        Assert.NotEmpty(file.Errors);
        Assert.True(file.Entries.Count >= 20_000);
    }
}

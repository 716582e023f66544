using System.Collections.Generic;
using System.IO;
using RedFire.Lint.Findings;
using RedFire.Lint.Output;
using RedFire.Lint.Sources;
using Xunit;

namespace RedFire.Lint.Cli.Tests;

/// <summary>Colour is for terminals only, and never when the user set NO_COLOR (a process under test has no terminal, so this is in-process).</summary>
public class ColorTests
{
    private static CliConsole Console(bool terminal, Dictionary<string, string?> environment) =>
        new(TextWriter.Null, TextWriter.Null, ".", name => environment.TryGetValue(name, out var value) ? value : null) { IsTerminal = terminal };

    [Fact]
    public void A_terminal_gets_colour() => Assert.True(Console(true, new()).WantsColor);

    [Fact]
    public void A_pipe_gets_none() => Assert.False(Console(false, new()).WantsColor);

    [Fact]
    public void No_color_turns_it_off() => Assert.False(Console(true, new() { ["NO_COLOR"] = "1" }).WantsColor);

    [Fact]
    public void A_dumb_terminal_gets_none() => Assert.False(Console(true, new() { ["TERM"] = "dumb" }).WantsColor);

    [Fact]
    public void Coloured_text_marks_severity_and_plain_text_has_no_escapes()
    {
        var report = new LintReport([new Diagnostic("RF0006", Severity.Error, Location.Create("Dockerfile", 1, 1, 1, 2), "m", "")]) { FileCount = 1 };
        var coloured = new StringWriter();
        var plain = new StringWriter();
        new TextReportWriter(color: true).Write(report, coloured);
        new TextReportWriter(color: false).Write(report, plain);

        Assert.Contains("\u001b[31merror  \u001b[0m", coloured.ToString());
        Assert.DoesNotContain('\u001b', plain.ToString()); // the char overload: culture-aware string search ignores control characters
    }
}

using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;

namespace RedFire.Lint.MsBuild.Tests.EndToEnd;

/// <summary>One `file[(line,col[,endLine,endCol])]: warning|error CODE: message` line of a build log (no position: 0).</summary>
public sealed record BuildDiagnostic(string File, int Line, int Column, int EndLine, int EndColumn, string Severity, string Code, string Message)
{
    private static readonly Regex Shape = new(
        @"^\s*(?:\d+>)?(?<file>\S[^(]*?)(?:\((?<line>\d+),(?<col>\d+)(?:,(?<endLine>\d+),(?<endCol>\d+))?\))? ?: (?<severity>warning|error) (?<code>[A-Z]+\d+): (?<message>.*?)(?: \[[^\]]*\])?\s*$",
        RegexOptions.CultureInvariant);

    public static IReadOnlyList<BuildDiagnostic> Parse(string output) =>
        output.Split('\n')
            .Select(line => Shape.Match(line))
            .Where(m => m.Success)
            .Select(m => new BuildDiagnostic(
                m.Groups["file"].Value.Trim(),
                m.Groups["line"].Success ? int.Parse(m.Groups["line"].Value) : 0,
                m.Groups["col"].Success ? int.Parse(m.Groups["col"].Value) : 0,
                m.Groups["endLine"].Success ? int.Parse(m.Groups["endLine"].Value) : 0,
                m.Groups["endCol"].Success ? int.Parse(m.Groups["endCol"].Value) : 0,
                m.Groups["severity"].Value,
                m.Groups["code"].Value,
                m.Groups["message"].Value))
            .Distinct()
            .ToArray();

    /// <summary>`relative/path(line,col): CODE`: where and what.</summary>
    public string Key(string root) =>
        $"{Path.GetRelativePath(root, File).Replace('\\', '/')}({Line},{Column}): {Code}";

    /// <summary><see cref="Key"/> and the message: two findings of one rule at one place differ by it.</summary>
    public string KeyWithMessage(string root) => $"{Key(root)}: {Message}";
}

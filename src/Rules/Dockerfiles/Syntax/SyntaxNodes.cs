using System;
using System.Collections.Generic;
using System.Linq;
using RedFire.Lint.Sources;

namespace RedFire.Lint.Dockerfiles;

/// <summary>A parser directive at the top of the file: <c># syntax=…</c>, <c># escape=…</c>, <c># check=…</c>.</summary>
public sealed record ParserDirective(string Name, string Value, Location Location, Location ValueLocation);

/// <summary>A comment line (its text after <c>#</c>, trimmed). Comments inside continued instructions are kept too.</summary>
public sealed record Comment(string Text, Location Location);

/// <summary>
/// A word of an instruction's arguments as written (<see cref="Raw"/>, quotes and escapes included) and
/// as the builder reads it before variable expansion (<see cref="Value"/>, quotes removed).
/// In exec (JSON) form, <see cref="Raw"/> is the JSON string literal and <see cref="Value"/> its decoded content.
/// </summary>
public sealed record Word(string Raw, string Value, Location Location)
{
    public override string ToString() => Value;
}

/// <summary>A flag before the arguments: <c>--name</c> or <c>--name=value</c>.</summary>
public sealed record InstructionFlag(string Name, string? Value, Location Location, Location NameLocation, Location? ValueLocation)
{
    public override string ToString() => Value is null ? $"--{Name}" : $"--{Name}={Value}";
}

/// <summary>A <c>key=value</c> (or legacy <c>key value</c>) pair of ENV or LABEL, or an ARG declaration (value optional).</summary>
public sealed record KeyValueArgument(Word Key, Word? Value, Location Location)
{
    public string Name => Key.Value;
}

/// <summary>
/// A here-document: the marker in the instruction (<c>&lt;&lt;EOF</c>, <c>&lt;&lt;-"EOF"</c>, <c>3&lt;&lt;EOF</c>), its body
/// (the lines after the instruction, up to the terminator) and the terminator line.
/// </summary>
public sealed record Heredoc(
    string Delimiter,
    bool StripLeadingTabs,
    bool IsQuoted,
    int? FileDescriptor,
    Location MarkerLocation,
    MappedText Body,
    Location? TerminatorLocation)
{
    /// <summary>The body as the builder uses it: leading tabs removed for <c>&lt;&lt;-</c>.</summary>
    public string Content => StripLeadingTabs
        ? string.Join("\n", Body.Text.Split('\n').Select(l => l.TrimStart('\t')))
        : Body.Text;

    public Location BodyLocation => Body.GetLocation(0, Body.Length);
}

/// <summary>How an instruction's arguments are written.</summary>
public enum ArgumentForm
{
    /// <summary>Plain text (shell form for RUN/CMD/ENTRYPOINT, whitespace-separated words elsewhere).</summary>
    Shell,

    /// <summary>A JSON array of strings (exec form).</summary>
    Json,
}

/// <summary>
/// One instruction: keyword, flags, arguments, heredocs, with exact spans. Continuation lines are joined in
/// <see cref="Line"/> (comments and blank lines inside the continuation removed, as the builder does);
/// every word still points at its real place in the file.
/// </summary>
public sealed class Instruction
{
    private string? _argumentText;
    private IReadOnlyList<Word>? _arguments;

    internal Instruction(string keyword, Word keywordWord, Location location, MappedText line)
    {
        Keyword = keyword;
        KeywordWord = keywordWord;
        Location = location;
        Line = line;
    }

    /// <summary>The instruction name in upper case (FROM, RUN, …), whatever its casing in the file.</summary>
    public string Keyword { get; }

    /// <summary>The keyword as written, with its span.</summary>
    public Word KeywordWord { get; }

    public Location KeywordLocation => KeywordWord.Location;

    /// <summary>From the keyword to the end of the instruction (its last continuation line or heredoc terminator).</summary>
    public Location Location { get; internal set; }

    /// <summary>The logical line: physical lines joined, escape-newlines, comments and blank lines removed.</summary>
    public MappedText Line { get; }

    public IReadOnlyList<InstructionFlag> Flags { get; internal set; } = [];

    /// <summary>The arguments after the flags, as one string (start offset in <see cref="Line"/>: <see cref="ArgumentsStart"/>).</summary>
    public string ArgumentText => _argumentText ??= Line.Substring(ArgumentsStart, ArgumentsEnd);

    public int ArgumentsStart { get; internal set; }

    /// <summary>Where the arguments end in <see cref="Line"/> (trailing blanks excluded).</summary>
    public int ArgumentsEnd { get; internal set; }

    public Location ArgumentsLocation => Line.GetLocation(ArgumentsStart, ArgumentsEnd);

    public ArgumentForm Form { get; internal set; }

    /// <summary>True when the arguments start with '[' but are not a valid JSON array, so the builder took them as shell form.</summary>
    public bool IsJsonFallback { get; internal set; }

    /// <summary>
    /// The arguments as words: JSON strings in exec form; otherwise whitespace-separated words (quotes kept together).
    /// For HEALTHCHECK these are the words after the type (CMD/NONE); see <see cref="HealthcheckType"/>.
    /// </summary>
    public IReadOnlyList<Word> Arguments
    {
        get => _arguments ??= ArgumentsFactory?.Invoke() ?? [];
        internal set => _arguments = value;
    }

    /// <summary>Computes <see cref="Arguments"/> on first use (shell-form text is rarely read word by word).</summary>
    internal Func<IReadOnlyList<Word>>? ArgumentsFactory { private get; set; }

    /// <summary>ENV and LABEL pairs; ARG declarations.</summary>
    public IReadOnlyList<KeyValueArgument> Pairs { get; internal set; } = [];

    /// <summary>True for ENV/LABEL written the legacy way, <c>ENV key value</c>.</summary>
    public bool IsLegacyKeyValue { get; internal set; }

    public IReadOnlyList<Heredoc> Heredocs { get; internal set; } = [];

    /// <summary>For HEALTHCHECK: the type word (CMD, NONE, or anything else written).</summary>
    public Word? HealthcheckType { get; internal set; }

    /// <summary>For ONBUILD: the instruction it registers.</summary>
    public Instruction? Trigger { get; internal set; }

    /// <summary>Shell-form text that a shell runs (RUN, CMD, ENTRYPOINT, HEALTHCHECK CMD), with its offset in <see cref="Line"/>.</summary>
    public bool IsShellForm => Form == ArgumentForm.Shell;

    public int StartLine => Location.Line;

    public InstructionFlag? GetFlag(string name) => Flags.LastOrDefault(f => string.Equals(f.Name, name, StringComparison.Ordinal));

    public IEnumerable<InstructionFlag> GetFlags(string name) => Flags.Where(f => string.Equals(f.Name, name, StringComparison.Ordinal));

    public bool Is(string keyword) => string.Equals(Keyword, keyword, StringComparison.Ordinal);

    public override string ToString() => $"{Keyword} {ArgumentText}";
}

/// <summary>A syntax error: where, what is wrong (never quoting a value, which may be a secret) and how to fix it.</summary>
public sealed record DockerfileSyntaxError(Location Location, string Message, string Help);

/// <summary>The whole file as written: directives, instructions, comments, and where continuations were empty.</summary>
public sealed class DockerfileSyntaxTree
{
    internal DockerfileSyntaxTree(
        SourceFile source, char escapeCharacter, IReadOnlyList<ParserDirective> directives, IReadOnlyList<Instruction> instructions,
        IReadOnlyList<Comment> comments, IReadOnlyList<Location> emptyContinuationLines)
    {
        Source = source;
        EscapeCharacter = escapeCharacter;
        Directives = directives;
        Instructions = instructions;
        Comments = comments;
        EmptyContinuationLines = emptyContinuationLines;
    }

    public SourceFile Source { get; }

    /// <summary><c>\</c> unless the file says <c># escape=`</c>.</summary>
    public char EscapeCharacter { get; }

    public IReadOnlyList<ParserDirective> Directives { get; }

    public IReadOnlyList<Instruction> Instructions { get; }

    public IReadOnlyList<Comment> Comments { get; }

    /// <summary>Blank lines inside a continued instruction (deprecated by BuildKit).</summary>
    public IReadOnlyList<Location> EmptyContinuationLines { get; }

    public ParserDirective? GetDirective(string name) =>
        Directives.FirstOrDefault(d => string.Equals(d.Name, name, StringComparison.OrdinalIgnoreCase));
}

using System;
using System.Collections.Generic;
using System.Linq;
using RedFire.Lint.Sources;

namespace RedFire.Lint.Dockerfiles;

/// <summary>
/// A word of a shell command: <see cref="Value"/> with quotes and escapes removed (expansions such as
/// <c>$VAR</c>, <c>${…}</c>, <c>$(…)</c> and backticks kept as written), <see cref="Raw"/> as written.
/// </summary>
public sealed record ShellWord(string Value, string Raw, Location Location) : Located<string>(Value, Location)
{
    /// <summary>True when the word contains an expansion whose value is only known when the shell runs.</summary>
    public bool HasExpansion => Raw.IndexOf('$') >= 0 || Raw.IndexOf('`') >= 0;

    public override string ToString() => Value;
}

/// <summary>A redirection of a command (<c>&gt; file</c>, <c>2&gt;&amp;1</c>, <c>&lt;&lt;EOF</c>), kept apart from its arguments.</summary>
public sealed record ShellRedirection(string Operator, ShellWord? Target, Location Location);

/// <summary>
/// One simple command of a shell script: its words (leading assignments and shell keywords such as
/// <c>then</c>/<c>do</c> included), the operator that joins it to the next command, and helpers to read it.
/// </summary>
public sealed class ShellCommand
{
    private static readonly HashSet<string> LeadingKeywords = new(StringComparer.Ordinal)
    {
        "if", "then", "else", "elif", "while", "until", "do", "!", "time", "{", "exec",
    };

    internal ShellCommand(IReadOnlyList<ShellWord> words, IReadOnlyList<ShellRedirection> redirections, string previousOperator, string nextOperator)
    {
        Words = words;
        Redirections = redirections;
        PreviousOperator = previousOperator;
        NextOperator = nextOperator;
        var index = 0;
        var wrapperStart = -1;
        while (index < words.Count)
        {
            var raw = words[index].Raw;
            if (LeadingKeywords.Contains(raw) || IsAssignment(raw)) { index++; continue; }
            // The value, not the raw text: exec form's "sudo" (JSON quotes) and a quoted 'sudo' run sudo too.
            var program = words[index].Value;
            if (!Wrappers.Contains(program)) break;
            // A wrapper such as sudo or env runs the command that follows its own options.
            if (wrapperStart < 0) wrapperStart = index;
            index++;
            while (index < words.Count && (words[index].Value.StartsWith("-", StringComparison.Ordinal) || IsAssignment(words[index].Raw)))
            {
                if (program == "sudo" && words[index].Value is "-u" or "-g" or "-U" or "-C" or "-D" or "-h" or "-p" or "-r" or "-t") index++;
                index++;
            }
        }
        NameIndex = index;
        WrapperWords = wrapperStart < 0 ? [] : words.Skip(wrapperStart).Take(index - wrapperStart).Where(w => Wrappers.Contains(w.Value)).ToArray();
    }

    private static readonly HashSet<string> Wrappers = new(StringComparer.Ordinal) { "sudo", "env", "nohup", "nice", "stdbuf", "command", "doas" };

    /// <summary>Programs that only wrap the real command (<c>sudo</c>, <c>env</c>, <c>nohup</c>…), as written before it.</summary>
    public IReadOnlyList<ShellWord> WrapperWords { get; }

    public IReadOnlyList<ShellWord> Words { get; }

    public IReadOnlyList<ShellRedirection> Redirections { get; }

    /// <summary>The operator before this command: "" at the start, or <c>&amp;&amp;</c> <c>||</c> <c>;</c> <c>|</c> <c>&amp;</c> newline ("\n").</summary>
    public string PreviousOperator { get; }

    /// <summary>The operator after this command ("" at the end).</summary>
    public string NextOperator { get; }

    private int NameIndex { get; }

    /// <summary>
    /// The command run: the first word after assignments (<c>A=1</c>), keywords (<c>then</c>, <c>do</c>, …) and
    /// wrappers with their options (<c>sudo -u app</c>, <c>env X=1</c>); see <see cref="WrapperWords"/>.
    /// </summary>
    public ShellWord? Name => NameIndex < Words.Count ? Words[NameIndex] : null;

    /// <summary>The command's name without a directory (<c>/usr/bin/apt-get</c> → <c>apt-get</c>).</summary>
    // Rules ask "does this command run X" of every command: the name is cut once (a race makes the same string).
    public string? Program => _program ??= ProgramOf(Name?.Value);

    private string? _program;

    private static string? ProgramOf(string? name)
    {
        if (name is null) return null;
        var slash = name.LastIndexOf('/');
        return slash >= 0 ? name.Substring(slash + 1) : name;
    }

    /// <summary>The words after <see cref="Name"/>.</summary>
    // Many rules ask for them: made once (rules on the same file may race to make it; both make the same list).
    public IReadOnlyList<ShellWord> Arguments => _arguments ??= WordsFrom(NameIndex + 1);

    private IReadOnlyList<ShellWord>? _arguments;

    /// <summary><see cref="Name"/> and <see cref="Arguments"/>; every word when there is no name (only assignments, keywords, wrappers).</summary>
    public IReadOnlyList<ShellWord> ProgramAndArguments => NameIndex < Words.Count ? WordsFrom(NameIndex) : Words;

    private IReadOnlyList<ShellWord> WordsFrom(int start)
    {
        if (start == 0) return Words;
        if (start >= Words.Count) return [];
        var words = new ShellWord[Words.Count - start];
        for (var i = 0; i < words.Length; i++) words[i] = Words[start + i];
        return words;
    }

    /// <summary>The environment assignments before the command (<c>DEBIAN_FRONTEND=noninteractive apt-get …</c>).</summary>
    public IEnumerable<ShellWord> Assignments => Words.Take(NameIndex).Where(w => IsAssignment(w.Raw));

    public Location Location
    {
        get
        {
            var first = Words[0].Location;
            var last = Words[Words.Count - 1].Location;
            return first with { Span = new LinePositionSpan(first.Line, first.Column, last.EndLine, last.EndColumn) };
        }
    }

    public bool IsPipedToNext => NextOperator == "|";

    /// <summary>True when the program is <paramref name="program"/> (by name, path ignored).</summary>
    public bool Runs(string program) => string.Equals(Program, program, StringComparison.Ordinal);

    /// <summary>
    /// The command's first non-option argument (the subcommand: <c>install</c> in <c>apt-get -y install x</c>),
    /// skipping options and the values of <paramref name="optionsWithValue"/>.
    /// </summary>
    public ShellWord? Subcommand(params string[] optionsWithValue) => Operands(optionsWithValue).FirstOrDefault();

    /// <summary>
    /// The arguments that are not options, skipping the values of <paramref name="optionsWithValue"/>, also after a
    /// group of short options that ends with one (<c>pecl install -oD 'opts' redis</c>, as getopt reads it).
    /// </summary>
    public IEnumerable<ShellWord> Operands(params string[] optionsWithValue)
    {
        var arguments = Arguments;
        var optionsEnded = false;
        for (var i = 0; i < arguments.Count; i++)
        {
            var value = arguments[i].Value;
            if (!optionsEnded && value == "--") { optionsEnded = true; continue; }
            if (!optionsEnded && value.StartsWith("-", StringComparison.Ordinal) && value.Length > 1)
            {
                if (Array.IndexOf(optionsWithValue, value) >= 0 || EndsWithShortOptionWithValue(value, optionsWithValue)) i++;
                continue;
            }
            yield return arguments[i];
        }
    }

    /// <summary><c>-oD</c> where <c>-D</c> takes a value and no earlier letter of the group does (that one would take the rest).</summary>
    private static bool EndsWithShortOptionWithValue(string group, string[] optionsWithValue)
    {
        if (group.Length < 3 || group[1] == '-') return false;
        for (var i = 1; i < group.Length; i++)
        {
            if (!char.IsLetter(group[i])) return false;
            if (Array.IndexOf(optionsWithValue, "-" + group[i]) >= 0) return i == group.Length - 1;
        }
        return false;
    }

    /// <summary>
    /// Whether an option is present: a long option (<c>--yes</c>, <c>--yes=…</c>) or a short one, also inside
    /// a group (<c>-y</c>, <c>-qy</c>).
    /// </summary>
    public bool HasOption(params string[] options)
    {
        foreach (var word in Arguments)
        {
            var value = word.Value;
            if (value == "--") break;
            foreach (var option in options)
            {
                if (option.StartsWith("--", StringComparison.Ordinal))
                {
                    if (value == option || value.StartsWith(option + "=", StringComparison.Ordinal)) return true;
                }
                else if (option.Length == 2 && value.Length >= 2 && value[0] == '-' && value[1] != '-' && value.IndexOf(option[1], 1) > 0)
                {
                    return true;
                }
                else if (value == option)
                {
                    return true;
                }
            }
        }
        return false;
    }

    public override string ToString() => string.Join(" ", Words.Select(w => w.Raw));

    internal static bool IsAssignment(string raw)
    {
        var equals = raw.IndexOf('=');
        if (equals <= 0) return false;
        for (var i = 0; i < equals; i++)
        {
            var c = raw[i];
            if (!(char.IsLetterOrDigit(c) || c == '_') || (i == 0 && char.IsDigit(c))) return false;
        }
        return true;
    }
}

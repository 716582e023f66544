using System;
using System.Collections.Generic;
using System.Linq;
using RedFire.Lint.Secrets;

namespace RedFire.Lint.Dockerfiles;

/// <summary>
/// Parses one logical line into an <see cref="Instruction"/>: keyword, flags, then the arguments in the form
/// each instruction takes (BuildKit's dispatch table: JSON-or-shell, JSON-or-list, key=value pairs, names,
/// whitespace words, HEALTHCHECK, ONBUILD).
/// </summary>
internal sealed class InstructionParser
{
    private static readonly HashSet<string> Known = new(StringComparer.Ordinal)
    {
        "ADD", "ARG", "CMD", "COPY", "ENTRYPOINT", "ENV", "EXPOSE", "FROM", "HEALTHCHECK", "LABEL", "MAINTAINER",
        "ONBUILD", "RUN", "SHELL", "STOPSIGNAL", "USER", "VOLUME", "WORKDIR",
    };

    /// <summary>Whether an (upper-cased) keyword is a Dockerfile instruction; any other is RF0001.</summary>
    internal static bool IsKnown(string keyword) => Known.Contains(keyword);

    private readonly SyntaxParser _parser;
    private readonly List<(int Start, int End, string Value)> _jsonStrings = new();

    public InstructionParser(SyntaxParser parser) => _parser = parser;

    private char Escape => _parser.EscapeCharacter;

    public Instruction? Parse(MappedText line) => Parse(line, 0, allowOnBuild: true);

    private Instruction? Parse(MappedText line, int start, bool allowOnBuild)
    {
        var text = line.Text;
        var end = WordSplitter.TrimEnd(text, start, line.Length);
        start = WordSplitter.SkipSpaces(text, start, end);
        if (start >= end) return null;
        var keywordEnd = start;
        while (keywordEnd < end && !WordSplitter.IsSpace(text[keywordEnd])) keywordEnd++;
        var keywordText = text.Substring(start, keywordEnd - start);
        var keyword = keywordText.ToUpperInvariant();
        var keywordWord = new Word(keywordText, keywordText, line.GetLocation(start, keywordEnd));
        var instruction = new Instruction(keyword, keywordWord, line.GetLocation(start, end), line);

        var flags = new List<InstructionFlag>();
        var argumentsStart = ParseFlags(line, keywordEnd, end, flags);
        if (flags.Count > 0) instruction.Flags = flags;
        instruction.ArgumentsStart = argumentsStart;
        instruction.ArgumentsEnd = Math.Max(argumentsStart, end);

        if (!Known.Contains(keyword))
        {
            _parser.Error(keywordWord.Location, $"'{SecretRedactor.RedactSource(keywordText)}' is not a Dockerfile instruction.",
                $"Use one of {string.Join(", ", Known.OrderBy(k => k, StringComparer.Ordinal))}; a line that continues the previous instruction needs a '\\' at the end of that one.");
            return instruction;
        }

        switch (keyword)
        {
            case "RUN":
            case "CMD":
            case "ENTRYPOINT":
            case "SHELL":
                ParseJsonOrShell(instruction, argumentsStart, end);
                break;
            case "ADD":
            case "COPY":
            case "VOLUME":
                ParseJsonOrList(instruction, argumentsStart, end);
                break;
            case "ENV":
            case "LABEL":
                ParseKeyValues(instruction, argumentsStart, end);
                break;
            case "ARG":
                ParseArgs(instruction, argumentsStart, end);
                break;
            case "HEALTHCHECK":
                ParseHealthcheck(instruction, argumentsStart, end);
                break;
            case "ONBUILD":
                ParseOnBuild(instruction, argumentsStart, end, allowOnBuild);
                break;
            case "FROM":
            case "EXPOSE":
                instruction.Arguments = Words(line, WordSplitter.SplitWhitespace(text, argumentsStart, end));
                break;
            default:
                // MAINTAINER, STOPSIGNAL, USER, WORKDIR: the rest of the line is one string.
                instruction.Arguments = argumentsStart < end ? Words(line, [(argumentsStart, end)]) : [];
                break;
        }
        return instruction;
    }

    /// <summary>
    /// Flags are the leading words that start with <c>--</c> (quotes allowed in values); a lone <c>--</c> ends them.
    /// Returns where the arguments start.
    /// </summary>
    private int ParseFlags(MappedText line, int i, int end, List<InstructionFlag> flags)
    {
        var text = line.Text;
        while (true)
        {
            i = WordSplitter.SkipSpaces(text, i, end);
            if (i + 1 >= end || text[i] != '-' || text[i + 1] != '-') return i;
            var wordStart = i;
            char quote = '\0';
            while (i < end && (quote != '\0' || !WordSplitter.IsSpace(text[i])))
            {
                var c = text[i];
                if (quote == '\0' && (c == '"' || c == '\'')) quote = c;
                else if (quote != '\0' && c == quote) quote = '\0';
                else if (c == '\\') i++;
                i++;
            }
            if (i > end) i = end;
            if (i - wordStart == 2) return WordSplitter.SkipSpaces(text, i, end);

            var raw = text.Substring(wordStart + 2, i - wordStart - 2);
            var equals = raw.IndexOf('=');
            var name = equals < 0 ? raw : raw.Substring(0, equals);
            var nameLocation = line.GetLocation(wordStart, wordStart + 2 + name.Length);
            string? value = null;
            Sources.Location? valueLocation = null;
            if (equals >= 0)
            {
                value = VariableExpander.Unquote(raw.Substring(equals + 1), '\\');
                valueLocation = line.GetLocation(wordStart + 3 + equals, i);
            }
            flags.Add(new InstructionFlag(name, value, line.GetLocation(wordStart, i), nameLocation, valueLocation));
        }
    }

    private void ParseJsonOrShell(Instruction instruction, int start, int end)
    {
        if (TryJsonForm(instruction, start, end, "Write [\"executable\", \"param\", …] with every item in double quotes.")) return;
        var line = instruction.Line;
        instruction.Form = ArgumentForm.Shell;
        // The factory lives as long as the instruction: it must not hold the parser (and the file's line table) with it.
        var escape = Escape;
        instruction.ArgumentsFactory = () => Words(line, WordSplitter.SplitQuoted(line.Text, start, end, '\\'), escape);
    }

    private void ParseJsonOrList(Instruction instruction, int start, int end)
    {
        if (TryJsonForm(instruction, start, end, "Put every item in double quotes.")) return;
        var line = instruction.Line;
        instruction.Arguments = Words(line, WordSplitter.SplitWhitespace(line.Text, start, end));
    }

    /// <summary>
    /// Takes the JSON form when the arguments are a JSON array (reporting one whose items are not all strings);
    /// false means they are not JSON, and the caller's fallback form applies, remembering whether it looked like JSON.
    /// </summary>
    private bool TryJsonForm(Instruction instruction, int start, int end, string help)
    {
        var line = instruction.Line;
        var outcome = JsonArray.TryParse(line.Text, start, end, _jsonStrings);
        if (outcome == JsonArray.Outcome.Strings)
        {
            instruction.Form = ArgumentForm.Json;
            instruction.Arguments = JsonWords(line);
            return true;
        }
        if (outcome == JsonArray.Outcome.NotStrings)
        {
            _parser.Error(instruction.ArgumentsLocation, $"The {instruction.Keyword} arguments are a JSON array with an item that is not a string.", help);
            instruction.Form = ArgumentForm.Json;
            return true;
        }
        instruction.IsJsonFallback = start < end && line.Text[start] == '[';
        return false;
    }

    /// <summary>
    /// ENV and LABEL: <c>key=value …</c> (quotes and escapes in values), or the legacy <c>key value</c> where the
    /// value is the rest of the line. The form is decided by whether the first word has an '='.
    /// </summary>
    private void ParseKeyValues(Instruction instruction, int start, int end)
    {
        var line = instruction.Line;
        var words = WordSplitter.SplitQuoted(line.Text, start, end, Escape);
        if (words.Count == 0) return;
        var pairs = new List<KeyValueArgument>();
        var first = line.Substring(words[0].Start, words[0].End);
        if (first.IndexOf('=') < 0)
        {
            instruction.IsLegacyKeyValue = true;
            var keyEnd = start;
            while (keyEnd < end && !WordSplitter.IsSpace(line.Text[keyEnd])) keyEnd++;
            var valueStart = WordSplitter.SkipSpaces(line.Text, keyEnd, end);
            if (valueStart >= end)
            {
                _parser.Error(instruction.Location, $"{instruction.Keyword} {line.Substring(start, keyEnd)} has no value: expected a name and a value.",
                    $"Write {instruction.Keyword} {line.Substring(start, keyEnd)}=<value>.");
                return;
            }
            var key = Word(line, start, keyEnd);
            pairs.Add(new KeyValueArgument(key, Word(line, valueStart, end), line.GetLocation(start, end)));
            instruction.Pairs = pairs;
            return;
        }
        foreach (var (wordStart, wordEnd) in words)
        {
            var equals = line.Text.IndexOf('=', wordStart, wordEnd - wordStart);
            if (equals < 0)
            {
                _parser.Error(line.GetLocation(wordStart, wordEnd),
                    $"This {instruction.Keyword} word has no '=': expected name=value pairs.",
                    "Write name=value with no space around '=', and quote a value that holds spaces (name=\"a b\").");
                continue;
            }
            pairs.Add(new KeyValueArgument(Word(line, wordStart, equals), Word(line, equals + 1, wordEnd), line.GetLocation(wordStart, wordEnd)));
        }
        instruction.Pairs = pairs;
    }

    private void ParseArgs(Instruction instruction, int start, int end)
    {
        var line = instruction.Line;
        var pairs = new List<KeyValueArgument>();
        foreach (var (wordStart, wordEnd) in WordSplitter.SplitQuoted(line.Text, start, end, Escape))
        {
            var equals = line.Text.IndexOf('=', wordStart, wordEnd - wordStart);
            var key = Word(line, wordStart, equals < 0 ? wordEnd : equals);
            var value = equals < 0 ? null : Word(line, equals + 1, wordEnd);
            pairs.Add(new KeyValueArgument(key, value, line.GetLocation(wordStart, wordEnd)));
        }
        if (pairs.Count == 0) _parser.Error(instruction.Location, "ARG has no name.", "Write ARG <name> or ARG <name>=<default>.");
        instruction.Pairs = pairs;
    }

    /// <summary>HEALTHCHECK [flags] NONE | CMD &lt;command&gt;: the first word is the type, the rest is JSON or shell.</summary>
    private void ParseHealthcheck(Instruction instruction, int start, int end)
    {
        var line = instruction.Line;
        if (start >= end) return;
        var typeEnd = start;
        while (typeEnd < end && !WordSplitter.IsSpace(line.Text[typeEnd])) typeEnd++;
        instruction.HealthcheckType = Word(line, start, typeEnd);
        ParseJsonOrShell(instruction, WordSplitter.SkipSpaces(line.Text, typeEnd, end), end);
    }

    private void ParseOnBuild(Instruction instruction, int start, int end, bool allowOnBuild)
    {
        if (!allowOnBuild) return;
        var trigger = Parse(instruction.Line, start, allowOnBuild: false);
        if (trigger is null)
        {
            _parser.Error(instruction.Location, "ONBUILD has no instruction to run.", "Write the instruction that images built from this one run: ONBUILD RUN ….");
            return;
        }
        instruction.Trigger = trigger;
        if (trigger.Is("ONBUILD"))
            _parser.Error(trigger.KeywordLocation, "ONBUILD ONBUILD is not allowed.", "Remove the second ONBUILD.");
        else if (trigger.Is("FROM") || trigger.Is("MAINTAINER"))
            _parser.Error(trigger.KeywordLocation, $"{trigger.Keyword} is not allowed after ONBUILD.", $"Remove ONBUILD {trigger.Keyword}.");
    }

    private IReadOnlyList<Word> JsonWords(MappedText line) =>
        _jsonStrings.Select(s => new Word(line.Substring(s.Start, s.End), s.Value, line.GetLocation(s.Start, s.End))).ToArray();

    private Word[] Words(MappedText line, List<(int Start, int End)> spans) => Words(line, spans, Escape);

    private static Word[] Words(MappedText line, List<(int Start, int End)> spans, char escape) =>
        spans.Select(s => Word(line, s.Start, s.End, escape)).ToArray();

    private Word Word(MappedText line, int start, int end) => Word(line, start, end, Escape);

    private static Word Word(MappedText line, int start, int end, char escape)
    {
        var raw = line.Substring(start, end);
        return new Word(raw, VariableExpander.Unquote(raw, escape), line.GetLocation(start, end));
    }
}

using System;
using System.Collections.Generic;
using System.Text;

namespace RedFire.Lint.Fuzz;

/// <summary>
/// Text mutations that reach the parsers' corners: spans deleted, duplicated or repeated, lines moved or
/// re-indented, numbers pushed to extremes, and tokens that matter to YAML, Dockerfiles, nginx and env files
/// inserted (anchors, tags, flow brackets, Unicode line separators, interpolation, references to special files).
/// Deterministic for a given <see cref="Random"/>.
/// </summary>
public sealed class Mutator
{
    private static readonly string[] Tokens =
    [
        ":", ": ", "- ", "{", "}", "[", "]", ",", "&a ", "*a", "<<: *a", "<<: [*a, *b]", "&b ", "!<[> ", "!!binary ", "!!int ", "!custom ",
        "\u2028", "\u2029", "\u0085", "\uFEFF", "\uD800", "\uDFFF", "...\n", "---\n", "%YAML 1.1\n", "? ", "|", "|-\n", ">\n",
        "${", "}", "${X:?err}", "${X:-${Y:-${Z}}}", "$$", "$", "\t", "\"", "'", "\\", "\n", "\r", "\r\n", "#", " ", "    ", "~", "null",
        "FROM ", "FROM alpine AS ", "RUN ", "ARG ", "ENV ", "COPY --from=", "USER ", "EXPOSE ", "HEALTHCHECK ", "CMD [\"", "ONBUILD ", "# syntax=",
        "include:\n  - ", "extends:\n  file: ", "env_file: ", "dockerfile: ", "build: ", "ports:\n  - ", "depends_on: ", "profiles: [x]",
        "../", "../../../../etc/hostname", "/dev/zero", "/dev/urandom", "8080:80", "0:0", "65536:99999", "${PORT}", "-1",
        ";", "location / {", "upstream u {", "server ", "proxy_pass http://", "include ", "listen 80;", "=", "export ", "KEY=\"", "\0",
    ];

    private static readonly string[] Numbers = ["0", "-1", "65535", "65536", "4294967296", "99999999999999999999", "1e309", "0x1F", "1_000"];

    private readonly Random _random;

    public Mutator(Random random) => _random = random;

    /// <summary>One to four mutations of <paramref name="text"/>; <paramref name="other"/> lends lines to splice in.</summary>
    public string Mutate(string text, string other)
    {
        var builder = new StringBuilder(text);
        var count = 1 + _random.Next(4);
        for (var i = 0; i < count; i++) MutateOnce(builder, other);
        return builder.ToString();
    }

    private void MutateOnce(StringBuilder text, string other)
    {
        var at = text.Length == 0 ? 0 : _random.Next(text.Length + 1);
        switch (_random.Next(11))
        {
            case 0:
                text.Remove(Math.Min(at, text.Length), Math.Min(1 + _random.Next(20), text.Length - Math.Min(at, text.Length)));
                break;
            case 1:
            case 2:
                text.Insert(at, Tokens[_random.Next(Tokens.Length)]);
                break;
            case 3:
                if (text.Length > 0) text[Math.Min(at, text.Length - 1)] = (char)_random.Next(0x20, 0x7F);
                break;
            case 4:
                Lines(text, lines => lines.Insert(_random.Next(lines.Count + 1), lines[_random.Next(lines.Count)]));
                break;
            case 5:
                Lines(text, lines => { if (lines.Count > 1) lines.RemoveAt(_random.Next(lines.Count)); });
                break;
            case 6:
                Lines(text, lines =>
                {
                    var (a, b) = (_random.Next(lines.Count), _random.Next(lines.Count));
                    (lines[a], lines[b]) = (lines[b], lines[a]);
                });
                break;
            case 7:
                Lines(text, lines =>
                {
                    var i = _random.Next(lines.Count);
                    lines[i] = _random.Next(2) == 0 ? "  " + lines[i] : lines[i].TrimStart();
                });
                break;
            case 8:
                var donor = other.Split('\n');
                Lines(text, lines => lines.Insert(_random.Next(lines.Count + 1), donor[_random.Next(donor.Length)]));
                break;
            case 9:
                var length = Math.Min(1 + _random.Next(40), text.Length - Math.Min(at, text.Length));
                var span = text.ToString(Math.Min(at, text.Length), length);
                var times = 1 + _random.Next(_random.Next(2) == 0 ? 3 : 300);
                for (var i = 0; i < times; i++) text.Insert(at, span);
                break;
            default:
                ReplaceNumber(text);
                break;
        }
    }

    private void ReplaceNumber(StringBuilder text)
    {
        var start = text.Length == 0 ? 0 : _random.Next(text.Length);
        while (start < text.Length && !char.IsDigit(text[start])) start++;
        if (start >= text.Length) return;
        var end = start;
        while (end < text.Length && char.IsDigit(text[end])) end++;
        text.Remove(start, end - start).Insert(start, Numbers[_random.Next(Numbers.Length)]);
    }

    private static void Lines(StringBuilder text, Action<List<string>> change)
    {
        var lines = new List<string>(text.ToString().Split('\n'));
        change(lines);
        text.Clear().Append(string.Join("\n", lines));
    }
}

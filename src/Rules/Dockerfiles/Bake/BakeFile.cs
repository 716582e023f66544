using System;
using System.Collections.Generic;
using System.Linq;

namespace RedFire.Lint.Dockerfiles.Bake;

/// <summary>A <c>target</c> block of a bake file, as written: its own attributes, before <c>inherits</c> is applied.</summary>
internal sealed record BakeTarget(string Name, string? Context, string? Dockerfile, IReadOnlyList<string> ContextNames, IReadOnlyList<string> Inherits);

/// <summary>
/// The targets of a <c>docker-bake.hcl</c>: what the linter needs to know which named contexts (<c>contexts = { name = "…" }</c>)
/// a Dockerfile is built with. Only literal attributes are read; anything else is skipped.
/// </summary>
internal sealed class BakeFile
{
    // Deeper inherits chains are not followed: a hostile file must not exhaust the stack.
    private const int MaxInheritanceDepth = 32;

    private BakeFile(IReadOnlyList<BakeTarget> targets) => Targets = targets;

    /// <summary>Every target with what it inherits applied (<see cref="Resolve"/>).</summary>
    public IReadOnlyList<BakeTarget> Targets { get; }

    public static BakeFile Parse(string text)
    {
        var written = new Dictionary<string, BakeTarget>(StringComparer.Ordinal);
        foreach (var target in new Reader(HclTokens.Of(text)).Targets()) written[target.Name] = target;
        var resolved = new Dictionary<string, BakeTarget>(StringComparer.Ordinal);
        return new BakeFile(written.Keys.Select(name => Resolve(name, written, resolved, 0)!).ToArray());
    }

    /// <summary>
    /// A target with what it inherits: its own context and dockerfile win over its parents' (the last parent over
    /// the earlier ones, as bake applies inherits in order), and the named contexts of all of them add up.
    /// </summary>
    private static BakeTarget? Resolve(string name, Dictionary<string, BakeTarget> written, Dictionary<string, BakeTarget> resolved, int depth)
    {
        if (resolved.TryGetValue(name, out var known)) return known;
        if (!written.TryGetValue(name, out var target)) return null;
        // Marked before the parents are read, so a cycle ends at the target as written.
        resolved[name] = target;
        if (depth >= MaxInheritanceDepth) return target;
        var parents = target.Inherits.Select(p => Resolve(p, written, resolved, depth + 1)).Where(p => p is not null).Select(p => p!).ToArray();
        return resolved[name] = target with
        {
            Context = target.Context ?? parents.Select(p => p.Context).LastOrDefault(c => c is not null),
            Dockerfile = target.Dockerfile ?? parents.Select(p => p.Dockerfile).LastOrDefault(d => d is not null),
            ContextNames = target.ContextNames.Concat(parents.SelectMany(p => p.ContextNames)).Distinct(StringComparer.Ordinal).ToArray(),
        };
    }

    private sealed class Reader
    {
        private readonly IReadOnlyList<HclToken> _tokens;
        private int _next;

        public Reader(IReadOnlyList<HclToken> tokens) => _tokens = tokens;

        private HclToken? Peek(int ahead = 0) => _next + ahead < _tokens.Count ? _tokens[_next + ahead] : null;

        public IEnumerable<BakeTarget> Targets()
        {
            while (_next < _tokens.Count)
            {
                if (Peek() is { IsString: false, Text: "target" } && Peek(1) is { IsString: true } label && Peek(2)?.Is("{") == true)
                {
                    _next += 3;
                    yield return Target(label.Text);
                }
                else if (Peek()?.Is("{") == true) SkipBalanced();
                else _next++;
            }
        }

        /// <summary>The body of a target, its opening brace already read, up to and including its closing brace.</summary>
        private BakeTarget Target(string name)
        {
            string? context = null, dockerfile = null;
            var names = new List<string>();
            var inherits = new List<string>();
            while (Peek() is { } token && !token.Is("}"))
            {
                if (!token.IsString && Peek(1)?.Is("=") == true)
                {
                    _next += 2;
                    switch (token.Text)
                    {
                        case "context": context = StringValue(); break;
                        case "dockerfile": dockerfile = StringValue(); break;
                        case "contexts": names.AddRange(ObjectKeys()); break;
                        case "inherits": inherits.AddRange(ListStrings()); break;
                        default: SkipValue(); break;
                    }
                }
                else if (token.Is("{") || token.Is("[") || token.Is("(")) SkipBalanced();
                else _next++;
            }
            _next++;
            return new BakeTarget(name, context, dockerfile, names, inherits);
        }

        private string? StringValue()
        {
            if (Peek() is { IsString: true } value && Peek(1)?.IsString != true && Peek(1)?.Is("+") != true)
            {
                _next++;
                return value.Text;
            }
            SkipValue();
            // An expression: a path known only when bake runs.
            return "${}";
        }

        private IEnumerable<string> ObjectKeys()
        {
            if (Peek()?.Is("{") != true)
            {
                SkipValue();
                return [];
            }
            _next++;
            var keys = new List<string>();
            while (Peek() is { } token && !token.Is("}"))
            {
                if (Peek(1) is { } separator && (separator.Is("=") || separator.Is(":")))
                {
                    keys.Add(token.Text);
                    _next += 2;
                    SkipValue();
                }
                else _next++;
            }
            _next++;
            return keys;
        }

        private IEnumerable<string> ListStrings()
        {
            var start = _next;
            SkipValue();
            return Enumerable.Range(start, _next - start).Select(i => _tokens[i]).Where(t => t.IsString).Select(t => t.Text).ToArray();
        }

        /// <summary>One value: a string or word (with a call's arguments), or a bracketed list, object or expression.</summary>
        private void SkipValue()
        {
            if (Peek() is not { } token) return;
            if (token.Is("{") || token.Is("[") || token.Is("(")) SkipBalanced();
            else
            {
                _next++;
                if (Peek()?.Is("(") == true) SkipBalanced();
            }
        }

        private void SkipBalanced()
        {
            var depth = 0;
            do
            {
                var token = _tokens[_next++];
                if (token.Is("{") || token.Is("[") || token.Is("(")) depth++;
                else if (token.Is("}") || token.Is("]") || token.Is(")")) depth--;
            }
            while (depth > 0 && _next < _tokens.Count);
        }
    }
}

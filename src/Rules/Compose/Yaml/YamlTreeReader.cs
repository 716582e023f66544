using System;
using System.Collections.Generic;
using System.IO;
using System.Text.RegularExpressions;
using RedFire.Lint.Rules;
using RedFire.Lint.Sources;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace RedFire.Lint.Compose.Yaml;

/// <summary>The documents of one YAML file (empty documents are skipped) and whether reading stopped early.</summary>
public sealed record YamlFile(SourceFile Source, IReadOnlyList<YamlNode> Documents, bool Failed);

/// <summary>
/// Builds position-carrying trees from YamlDotNet's event stream, iteratively: anchors and aliases resolved
/// inside each document, merge keys applied with YAML's precedence, duplicate keys reported, and the nesting
/// depth and alias expansion bounded by <see cref="ComposeLimits"/> before anything is built.
/// </summary>
public static class YamlTreeReader
{
    private const string MergeKey = "<<";
    private static readonly Regex MarkPrefix = new(@"^\(Line: \d+, Col: \d+, Idx: \d+\) - \(Line: \d+, Col: \d+, Idx: \d+\): ", RegexOptions.CultureInvariant);

    public static YamlFile Read(SourceFile source, FindingSink report)
    {
        if (source.Text.Length > ComposeLimits.MaxFileChars)
        {
            report(RuleIds.YamlSyntax, Location.StartOf(source.Path),
                $"The file has {source.Text.Length} characters, more than the {ComposeLimits.MaxFileChars} a compose file may have; it was not parsed.",
                $"Split it with include: or extends:.");
            return new YamlFile(source, [], true);
        }

        var documents = new List<YamlNode>();
        var scanner = new Scanner(new StringReader(source.Text));
        var parser = new Parser(scanner);
        var builder = new DocumentBuilder(source, report);
        try
        {
            while (parser.MoveNext())
            {
                if (!builder.Accept(parser.Current!))
                    return new YamlFile(source, documents, true);
                if (builder.TakeRoot() is { } root) documents.Add(root);
            }
        }
        catch (YamlException e)
        {
            var start = (int)Math.Min(e.Start.Index, source.Text.Length);
            var end = (int)Math.Min(Math.Max(e.End.Index, e.Start.Index + 1), source.Text.Length);
            var message = MarkPrefix.Replace(e.Message, string.Empty);
            report(RuleIds.YamlSyntax, source.GetLocation(start, end), $"Not valid YAML: {LowerFirst(message)}",
                $"Fix the YAML at this position; the rest of the file was not read.");
            return new YamlFile(source, documents, true);
        }
        catch (Exception e) when (e is InvalidOperationException or ArgumentException)
        {
            // YamlDotNet's scanner throws these without a position on some malformed input (a line separator in a
            // flow mapping, a tag that is not a URI, tokens after '...'): the error is where the scanner stopped.
            var at = (int)Math.Min(scanner.CurrentPosition.Index, source.Text.Length);
            report(RuleIds.YamlSyntax, source.GetLocation(at, Math.Min(at + 1, source.Text.Length)),
                $"{source.Path} is not valid YAML: the parser cannot read what follows here ({Describe(e)}).");
            return new YamlFile(source, documents, true);
        }
        return new YamlFile(source, documents, false);
    }

    private static string LowerFirst(string text) =>
        text.Length > 1 && char.IsUpper(text[0]) && !char.IsUpper(text[1]) ? char.ToLowerInvariant(text[0]) + text.Substring(1) : text;

    /// <summary>What went wrong, without the exception's text, which may quote the file (and the file may hold a secret).</summary>
    private static string Describe(Exception e) =>
        e is ArgumentException ? "a tag that is not a valid URI" : "a character or token that cannot appear there";

    /// <summary>One document at a time: a stack of open collections instead of recursion.</summary>
    private sealed class DocumentBuilder
    {
        private readonly SourceFile _source;
        private readonly FindingSink _report;
        private readonly Stack<Frame> _open = new();
        private readonly Dictionary<string, YamlNode> _anchors = new(StringComparer.Ordinal);
        private YamlCopier _copier;
        private int _writtenNodes;
        private YamlNode? _root;

        public DocumentBuilder(SourceFile source, FindingSink report)
        {
            _source = source;
            _report = report;
            _copier = NewCopier();
        }

        /// <summary>The alias budget grows with the nodes the document spells out (<see cref="ComposeLimits.AliasExpansionBudget"/>).</summary>
        private YamlCopier NewCopier()
        {
            _writtenNodes = 0;
            return new YamlCopier(() => ComposeLimits.AliasExpansionBudget(_writtenNodes));
        }

        public YamlNode? TakeRoot()
        {
            var root = _root;
            _root = null;
            return root;
        }

        /// <summary>Consumes one event; false when the document must be abandoned (a limit was hit).</summary>
        public bool Accept(ParsingEvent parsingEvent)
        {
            switch (parsingEvent)
            {
                case DocumentStart:
                    _anchors.Clear();
                    _copier = NewCopier();
                    return true;
                case Scalar scalar:
                    _writtenNodes++;
                    return Attach(Register(scalar.Anchor, MakeScalar(scalar)), scalar.End.Index);
                case AnchorAlias alias:
                    return ResolveAlias(alias);
                case MappingStart start:
                    _writtenNodes++;
                    return Open(new YamlMapping(Span(start.Start.Index, start.End.Index), TagOf(start.Tag)), start.Anchor, start.Start.Index);
                case SequenceStart start:
                    _writtenNodes++;
                    return Open(new YamlSequence(Span(start.Start.Index, start.End.Index), TagOf(start.Tag)), start.Anchor, start.Start.Index);
                case MappingEnd or SequenceEnd:
                    return Close(parsingEvent.End.Index);
                default:
                    return true;
            }
        }

        private bool Open(YamlNode node, AnchorName anchor, long start)
        {
            if (_open.Count >= ComposeLimits.MaxNestingDepth)
            {
                _report(RuleIds.YamlSyntax, Span(start, start + 1),
                    $"Mappings and sequences are nested more than {ComposeLimits.MaxNestingDepth} levels deep here; the file was not loaded.",
                    $"Flatten the structure: a compose file needs a few levels.");
                return false;
            }
            _open.Push(new Frame(node, anchor.IsEmpty ? null : anchor.Value, start));
            return true;
        }

        private bool Close(long end)
        {
            var frame = _open.Pop();
            var last = frame.LastEnd ?? end;
            YamlNode node = frame.Node switch
            {
                YamlMapping mapping => FinishMapping(mapping, frame, last),
                YamlSequence sequence => new YamlSequence(Span(frame.Start, last), sequence.Tag, new List<YamlNode>(sequence.Items)),
                _ => frame.Node,
            };
            if (frame.Anchor is not null) _anchors[frame.Anchor] = node;
            return Attach(node, last);
        }

        private bool ResolveAlias(AnchorAlias alias)
        {
            var at = Span(alias.Start.Index, alias.End.Index);
            if (!_anchors.TryGetValue(alias.Value.Value, out var target))
            {
                _report(RuleIds.YamlSyntax, at, $"Alias *{alias.Value.Value} has no anchor &{alias.Value.Value} before it in this document.",
                    $"Define &{alias.Value.Value} on a node above this line, or correct the alias's name.");
                return Attach(new YamlScalar(at, null, string.Empty, ScalarStyle.Plain, null), alias.End.Index);
            }
            var copy = _copier.Copy(target, at);
            if (copy is null)
            {
                _report(RuleIds.YamlSyntax, at,
                    $"Aliases expand into more than {ComposeLimits.AliasExpansionBudget(_writtenNodes)} nodes, far more than the file spells out (as in a \"billion laughs\" document); the file was not loaded.",
                    $"Use fewer nested aliases.");
                return false;
            }
            return Attach(copy, alias.End.Index);
        }

        private YamlNode Register(AnchorName anchor, YamlNode node)
        {
            if (!anchor.IsEmpty) _anchors[anchor.Value] = node;
            return node;
        }

        private bool Attach(YamlNode node, long end)
        {
            if (_open.Count == 0)
            {
                _root = node;
                return true;
            }
            var parent = _open.Peek();
            parent.LastEnd = end;
            if (parent.Node is YamlSequence sequence)
            {
                sequence.Add(node);
            }
            else if (parent.PendingKey is null && !parent.SkipValue)
            {
                if (node is YamlScalar key) parent.PendingKey = key;
                else
                {
                    _report(RuleIds.YamlSyntax, node.Location, $"A mapping or sequence is used as a mapping key: expected a string.", $"Write the key as a plain string.");
                    parent.SkipValue = true;
                }
            }
            else
            {
                if (!parent.SkipValue) parent.Entries.Add(new YamlEntry(parent.PendingKey!, node));
                parent.PendingKey = null;
                parent.SkipValue = false;
            }
            return true;
        }

        private YamlMapping FinishMapping(YamlMapping open, Frame frame, long end)
        {
            var result = new YamlMapping(Span(frame.Start, end), open.Tag);
            var merges = new List<YamlEntry>();
            var seen = new Dictionary<string, YamlEntry>(StringComparer.Ordinal);
            foreach (var entry in frame.Entries)
            {
                if (seen.TryGetValue(entry.Name, out var first))
                {
                    _report(RuleIds.YamlSyntax, entry.Key.Location,
                        $"Key '{entry.Name}' is defined a second time in this mapping (first at line {first.Key.Location.Line}); Compose rejects duplicate keys.",
                        $"Remove one of them.");
                    continue;
                }
                seen[entry.Name] = entry;
                if (entry.Name == MergeKey && entry.Key.Style == ScalarStyle.Plain) merges.Add(entry);
                else result.Add(entry);
            }
            foreach (var merge in merges)
            {
                foreach (var source in MergeSources(merge))
                {
                    foreach (var inherited in source.Entries)
                        if (!result.ContainsKey(inherited.Name)) result.Add(inherited);
                }
            }
            return result;
        }

        /// <summary>The maps a merge key names: one map, or a list of maps (earlier ones win).</summary>
        private IEnumerable<YamlMapping> MergeSources(YamlEntry merge)
        {
            switch (merge.Value)
            {
                case YamlMapping single:
                    yield return single;
                    break;
                case YamlSequence list:
                    foreach (var item in list.Items)
                    {
                        if (item is YamlMapping map) yield return map;
                        else _report(RuleIds.YamlSyntax, item.UsedAt, $"An item of '<<' is not a mapping: map merge requires maps.", $"List only anchors of mappings under '<<'.");
                    }
                    break;
                default:
                    _report(RuleIds.YamlSyntax, merge.Value.UsedAt, $"'<<' names something that is not a mapping: map merge requires maps.", $"Name a mapping (<<: *anchor) or a list of mappings.");
                    break;
            }
        }

        private YamlScalar MakeScalar(Scalar scalar)
        {
            var start = (int)scalar.Start.Index;
            var end = (int)scalar.End.Index;
            return new YamlScalar(Span(scalar.Start.Index, scalar.End.Index), TagOf(scalar.Tag), scalar.Value, scalar.Style, SourceOffsetOf(scalar, start, end), _source);
        }

        /// <summary>Where the decoded text starts in the source, when decoding changed nothing but the quotes.</summary>
        private int? SourceOffsetOf(Scalar scalar, int start, int end)
        {
            if (end > _source.Text.Length || end < start) return null;
            var written = _source.Text.Substring(start, end - start);
            switch (scalar.Style)
            {
                case ScalarStyle.Plain when written == scalar.Value:
                    return start;
                case ScalarStyle.SingleQuoted or ScalarStyle.DoubleQuoted
                    when written.Length == scalar.Value.Length + 2 && string.CompareOrdinal(written, 1, scalar.Value, 0, scalar.Value.Length) == 0:
                    return start + 1;
                default:
                    return null;
            }
        }

        private Location Span(long start, long end) =>
            _source.GetLocation((int)Math.Min(start, _source.Text.Length), (int)Math.Min(Math.Max(start, end), _source.Text.Length));

        private static string? TagOf(TagName tag) => tag.IsEmpty || tag.IsNonSpecific ? null : tag.Value;

        private sealed class Frame
        {
            public Frame(YamlNode node, string? anchor, long start)
            {
                Node = node;
                Anchor = anchor;
                Start = start;
            }

            public YamlNode Node { get; }
            public string? Anchor { get; }
            public long Start { get; }
            public long? LastEnd { get; set; }
            public List<YamlEntry> Entries { get; } = new();
            public YamlScalar? PendingKey { get; set; }
            public bool SkipValue { get; set; }
        }
    }
}

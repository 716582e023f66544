using System;
using System.Collections.Generic;

namespace RedFire.Lint.Secrets;

/// <summary>
/// Which groups of ASCII literals occur in a text, ignoring ASCII case, in one pass over the text whatever the
/// number of literals: an Aho-Corasick automaton, built once into a table of transitions. Ignoring case this way
/// is what <see cref="StringComparison.OrdinalIgnoreCase"/> does for ASCII literals: no other character folds onto
/// an ASCII letter.
/// </summary>
internal sealed class LiteralGroups
{
    private const int Root = 0;

    private readonly int _groupCount;
    private readonly int[] _symbolOf = new int[128];    // ASCII char, either case → its symbol; 0: in no literal
    private readonly int _symbolCount;
    private readonly int[][] _groupsEndingAt;           // state → groups of the literals that end there

    // The scan's tables, so that a character costs two loads and no multiplication: a state is its row offset
    // (state * _symbolCount), and row + symbol → the next state's row; _endsAtRow[row]: a literal ends in that state.
    private readonly int[] _nextRow;
    private readonly bool[] _endsAtRow;

    /// <param name="groups">The literals of each group; a group is found when any of its literals occurs.</param>
    public LiteralGroups(IReadOnlyList<IReadOnlyList<string>> groups)
    {
        _groupCount = groups.Count;
        _symbolCount = 1;
        foreach (var literals in groups)
            foreach (var literal in literals)
            {
                if (literal.Length == 0) throw new ArgumentException("A literal cannot be empty.", nameof(groups));
                foreach (var c in literal)
                {
                    if (c >= 128) throw new ArgumentException($"'{literal}' is not ASCII.", nameof(groups));
                    var folded = Fold(c);
                    if (_symbolOf[folded] == 0) _symbolOf[folded] = _symbolCount++;
                }
            }
        for (var upper = 'A'; upper <= 'Z'; upper++) _symbolOf[upper] = _symbolOf[Fold(upper)];

        var trie = BuildTrie(groups);
        int[] next;
        (next, _groupsEndingAt) = Link(trie);

        _nextRow = new int[next.Length];
        for (var i = 0; i < next.Length; i++) _nextRow[i] = next[i] * _symbolCount;
        _endsAtRow = new bool[next.Length];
        for (var state = 0; state < _groupsEndingAt.Length; state++) _endsAtRow[state * _symbolCount] = _groupsEndingAt[state].Length > 0;
    }

    /// <summary>For each group, whether one of its literals occurs in <paramref name="text"/>.</summary>
    public bool[] FoundIn(string text)
    {
        var found = new bool[_groupCount];
        var remaining = _groupCount;
        var symbolOf = _symbolOf;
        var next = _nextRow;
        var endsAtRow = _endsAtRow;
        var row = Root;
        foreach (var c in text)
        {
            row = next[row + (c < 128 ? symbolOf[c] : 0)];
            if (!endsAtRow[row]) continue;
            foreach (var group in _groupsEndingAt[row / _symbolCount])
            {
                if (found[group]) continue;
                found[group] = true;
                if (--remaining == 0) return found;
            }
        }
        return found;
    }

    private static char Fold(char c) => c is >= 'A' and <= 'Z' ? (char)(c + ('a' - 'A')) : c;

    private sealed class TrieNode
    {
        public readonly Dictionary<int, int> Children = new();
        public readonly List<int> Groups = new();
    }

    private List<TrieNode> BuildTrie(IReadOnlyList<IReadOnlyList<string>> groups)
    {
        var nodes = new List<TrieNode> { new() };
        for (var group = 0; group < groups.Count; group++)
            foreach (var literal in groups[group])
            {
                var node = Root;
                foreach (var c in literal)
                {
                    var symbol = _symbolOf[c];
                    if (!nodes[node].Children.TryGetValue(symbol, out var child))
                    {
                        child = nodes.Count;
                        nodes.Add(new TrieNode());
                        nodes[node].Children[symbol] = child;
                    }
                    node = child;
                }
                nodes[node].Groups.Add(group);
            }
        return nodes;
    }

    /// <summary>
    /// The complete transition table: breadth first, each missing transition is the failure link's (the longest
    /// proper suffix that is a trie node), and each state also ends the literals its failure link ends.
    /// </summary>
    private (int[] Next, int[][] GroupsEndingAt) Link(List<TrieNode> trie)
    {
        var next = new int[trie.Count * _symbolCount];
        var groups = new int[trie.Count][];
        var failure = new int[trie.Count];
        var queue = new Queue<int>();
        queue.Enqueue(Root);
        while (queue.Count > 0)
        {
            var state = queue.Dequeue();
            var inherited = state == Root ? [] : groups[failure[state]];
            groups[state] = [.. trie[state].Groups, .. inherited];
            for (var symbol = 0; symbol < _symbolCount; symbol++)
            {
                var viaFailure = state == Root ? Root : next[failure[state] * _symbolCount + symbol];
                if (symbol != 0 && trie[state].Children.TryGetValue(symbol, out var child))
                {
                    failure[child] = viaFailure;
                    next[state * _symbolCount + symbol] = child;
                    queue.Enqueue(child);
                }
                else
                {
                    next[state * _symbolCount + symbol] = viaFailure;
                }
            }
        }
        return (next, groups);
    }
}

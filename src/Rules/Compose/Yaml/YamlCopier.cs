using System.Collections.Generic;
using RedFire.Lint.Sources;

namespace RedFire.Lint.Compose.Yaml;

/// <summary>
/// Deep copies of subtrees for aliases, merge keys, <c>extends</c> and overrides. Iterative, and it spends a
/// shared budget of nodes, so an alias bomb runs out of budget instead of memory.
/// </summary>
internal sealed class YamlCopier
{
    private readonly System.Func<int> _budget;
    private int _spent;

    public YamlCopier(int budget) : this(() => budget) { }

    /// <param name="budget">How many nodes may be copied in all so far; it may grow as the document is read.</param>
    public YamlCopier(System.Func<int> budget) => _budget = budget;

    public bool Exhausted => _spent > _budget();

    /// <summary>A deep copy whose every node records <paramref name="landedAt"/>; null once the budget is spent.</summary>
    public YamlNode? Copy(YamlNode node, Location? landedAt)
    {
        var root = CopyOne(node, landedAt);
        var pending = new Stack<(YamlNode Source, YamlNode Target)>();
        pending.Push((node, root));
        while (pending.Count > 0)
        {
            if (++_spent > _budget()) return null;
            var (source, target) = pending.Pop();
            if (source is YamlMapping sourceMap && target is YamlMapping targetMap)
            {
                foreach (var entry in sourceMap.Entries)
                {
                    var value = CopyOne(entry.Value, landedAt);
                    targetMap.Add(new YamlEntry(entry.Key, value));
                    pending.Push((entry.Value, value));
                }
            }
            else if (source is YamlSequence sourceSeq && target is YamlSequence targetSeq)
            {
                foreach (var item in sourceSeq.Items)
                {
                    var value = CopyOne(item, landedAt);
                    targetSeq.Add(value);
                    pending.Push((item, value));
                }
            }
        }
        return root;
    }

    private static YamlNode CopyOne(YamlNode node, Location? landedAt)
    {
        YamlNode copy = node switch
        {
            YamlMapping m => new YamlMapping(m.Location, m.Tag),
            YamlSequence s => new YamlSequence(s.Location, s.Tag),
            _ => node.ShallowCopy(),
        };
        copy.MergedAt = landedAt ?? node.MergedAt;
        return copy;
    }
}

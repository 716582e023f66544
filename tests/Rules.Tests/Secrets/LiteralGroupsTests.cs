using System;
using System.Linq;
using System.Text;
using RedFire.Lint.Secrets;
using Xunit;

namespace RedFire.Lint.Tests.Secrets;

public class LiteralGroupsTests
{
    [Fact]
    public void Finds_literals_that_overlap_or_end_inside_each_other()
    {
        var groups = new LiteralGroups([["he"], ["she"], ["his"], ["hers"]]);
        Assert.Equal([true, true, false, true], groups.FoundIn("ushers"));
    }

    [Fact]
    public void Finds_a_literal_reached_only_through_a_failure_link()
    {
        var groups = new LiteralGroups([["abcd"], ["bc"]]);
        Assert.Equal([false, true], groups.FoundIn("xabcx"));
        Assert.Equal([true, true], groups.FoundIn("aabcd"));
    }

    [Fact]
    public void A_group_is_found_when_any_of_its_literals_occurs_in_any_ascii_case()
    {
        var groups = new LiteralGroups([["ghp_", "gho_"], ["bearer"], ["SG."]]);
        Assert.Equal([true, true, false], groups.FoundIn("Authorization: BEARER GHO_abc"));
        Assert.Equal([false, false, true], groups.FoundIn("key sg.x"));
        Assert.Equal([false, false, false], groups.FoundIn(""));
    }

    [Fact]
    public void Rejects_literals_it_cannot_fold()
    {
        Assert.Throws<ArgumentException>(() => new LiteralGroups([["clé"]]));
        Assert.Throws<ArgumentException>(() => new LiteralGroups([[""]]));
    }

    /// <summary>
    /// The token formats' own hints against the search they replace (IndexOf, OrdinalIgnoreCase) on texts made of
    /// the hints' characters, their other case and characters that fold to ASCII letters in other comparisons.
    /// </summary>
    [Fact]
    public void Agrees_with_a_case_insensitive_search_for_each_literal()
    {
        var hints = TokenFormats.All.Select(format => format.Hints).ToArray();
        var groups = new LiteralGroups(hints);
        var alphabet = string.Concat(hints.SelectMany(h => h)) + "AKIAghpxoxSK-us:AA\u0131\u017f\u212a\u00e9 \n";
        var random = new Random(13);
        for (var sample = 0; sample < 2000; sample++)
        {
            var text = new StringBuilder();
            var length = random.Next(0, 40);
            for (var i = 0; i < length; i++) text.Append(alphabet[random.Next(alphabet.Length)]);
            if (sample % 2 == 0) text.Insert(random.Next(text.Length + 1), hints[random.Next(hints.Length)][0].ToUpperInvariant());

            var expected = hints.Select(h => h.Any(hint => text.ToString().IndexOf(hint, StringComparison.OrdinalIgnoreCase) >= 0)).ToArray();
            Assert.Equal(expected, groups.FoundIn(text.ToString()));
        }
    }
}

using System;
using System.Collections.Generic;
using System.Linq;

namespace RedFire.Lint.Secrets;

/// <summary>Shannon entropy of a string's characters, and the "looks randomly generated" test built on it.</summary>
public static class Entropy
{
    public const int MinimumLength = 16;

    /// <summary>Bits per character: log2 of the alphabet size for uniformly random text, lower for words.</summary>
    public static double BitsPerChar(string text)
    {
        if (text.Length == 0) return 0;
        var counts = new Dictionary<char, int>();
        foreach (var c in text) counts[c] = counts.TryGetValue(c, out var n) ? n + 1 : 1;
        return counts.Values.Sum(n =>
        {
            var p = (double)n / text.Length;
            return -p * Math.Log(p, 2);
        });
    }

    /// <summary>
    /// Generated keys are long, have no blanks, mix letter cases or letters and digits, and use their alphabet
    /// evenly. The bar is relative to the length (a 16-character string cannot exceed 4 bits per character).
    /// </summary>
    public static bool LooksRandom(string text)
    {
        if (text.Length < MinimumLength || text.Any(char.IsWhiteSpace)) return false;
        var bits = BitsPerChar(text);
        var ceiling = Math.Log(text.Length, 2);
        if (text.All(IsHexDigit)) return text.Any(char.IsDigit) && text.Any(char.IsLetter) && bits >= Math.Min(3.0, 0.8 * ceiling);
        var classes = (text.Any(char.IsLower) ? 1 : 0) + (text.Any(char.IsUpper) ? 1 : 0) + (text.Any(char.IsDigit) ? 1 : 0);
        return classes >= 2 && bits >= Math.Min(4.0, 0.8 * ceiling);
    }

    private static bool IsHexDigit(char c) => c is >= '0' and <= '9' or >= 'a' and <= 'f' or >= 'A' and <= 'F';
}

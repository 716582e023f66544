using System.Collections.Generic;
using System.Text;

namespace RedFire.Lint.Secrets;

/// <summary>
/// Splits a name or a value into lower-case words: at any character that is not a letter or digit
/// (snake_case, kebab-case, dots, spaces), at camelCase humps (<c>dbPassword</c>, <c>APIKey</c>) and between letters
/// and digits (<c>password2</c>).
/// </summary>
internal static class Words
{
    public static List<string> Split(string text)
    {
        var words = new List<string>();
        var current = new StringBuilder();
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (!char.IsLetterOrDigit(c))
            {
                Flush(words, current);
                continue;
            }
            if (current.Length > 0 && StartsNewWord(text, i)) Flush(words, current);
            current.Append(char.ToLowerInvariant(c));
        }
        Flush(words, current);
        return words;
    }

    private static bool StartsNewWord(string text, int i)
    {
        char previous = text[i - 1], c = text[i];
        if (char.IsDigit(c) != char.IsDigit(previous)) return true;
        if (char.IsUpper(c) && char.IsLower(previous)) return true;
        // The last capital of an acronym starts the next word: "APIKey" → "api", "key".
        return char.IsUpper(c) && char.IsUpper(previous) && i + 1 < text.Length && char.IsLower(text[i + 1]);
    }

    private static void Flush(List<string> words, StringBuilder current)
    {
        if (current.Length == 0) return;
        words.Add(current.ToString());
        current.Clear();
    }
}

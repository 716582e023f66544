namespace RedFire.Lint.Findings;

/// <summary>Turns the phrases messages are assembled from into sentences (a help made of a "remedy" phrase, a place that starts one).</summary>
internal static class Sentence
{
    public static string Capitalized(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text.Substring(1);

    /// <summary>The phrase capitalised and ending with a full stop.</summary>
    public static string Of(string phrase)
    {
        var text = Capitalized(phrase.Trim());
        return text.Length == 0 || text.EndsWith(".", System.StringComparison.Ordinal) ? text : text + ".";
    }
}

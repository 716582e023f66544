namespace RedFire.Lint.Secrets;

/// <summary>
/// A shell/compose variable reference that makes up a whole value: <c>$NAME</c>, <c>${NAME}</c>,
/// <c>${NAME:-default}</c>, <c>${NAME-default}</c>, <c>${NAME:?message}</c>, <c>${NAME?message}</c>, <c>${NAME:+alt}</c>.
/// </summary>
public sealed class WholeValueReference
{
    private WholeValueReference(string name, string modifier, int defaultStart, int defaultLength)
    {
        Name = name;
        Modifier = modifier;
        DefaultStart = defaultStart;
        DefaultLength = defaultLength;
    }

    public string Name { get; }

    /// <summary>"", ":-", "-", ":?", "?", ":+", "+" or ":=" / "=".</summary>
    public string Modifier { get; }

    /// <summary>True when an unset (or empty, for the colon forms) variable stops the deployment with an error.</summary>
    public bool IsRequired => Modifier is ":?" or "?";

    /// <summary>Where the default (or alternative) text is, in the scanned string; length 0 for none.</summary>
    public int DefaultStart { get; }

    public int DefaultLength { get; }

    /// <summary>The reference spanning exactly [begin, end) of <paramref name="text"/>, or null.</summary>
    public static WholeValueReference? ParseWhole(string text, int begin, int end)
    {
        if (end - begin < 2 || text[begin] != '$') return null;
        if (text[begin + 1] != '{')
        {
            var nameEnd = ScanName(text, begin + 1, end);
            return nameEnd == end && nameEnd > begin + 1 ? new WholeValueReference(text.Substring(begin + 1, nameEnd - begin - 1), string.Empty, end, 0) : null;
        }
        if (text[end - 1] != '}') return null;
        var nameStart = begin + 2;
        var afterName = ScanName(text, nameStart, end - 1);
        if (afterName == nameStart) return null;
        var name = text.Substring(nameStart, afterName - nameStart);
        if (afterName == end - 1) return new WholeValueReference(name, string.Empty, afterName, 0);

        var modifierLength = text[afterName] == ':' ? 2 : 1;
        if (afterName + modifierLength > end - 1) return null;
        var modifier = text.Substring(afterName, modifierLength);
        if (modifier.Length == 2 && modifier[1] is not ('-' or '?' or '+' or '=')) return null;
        if (modifier.Length == 1 && modifier[0] is not ('-' or '?' or '+' or '=')) return null;
        var defaultStart = afterName + modifierLength;
        // A nested reference's closing brace must not be mistaken for ours: ${A:-${B}} is one reference.
        if (!BracesBalance(text, defaultStart, end - 1)) return null;
        return new WholeValueReference(name, modifier, defaultStart, end - 1 - defaultStart);
    }

    private static int ScanName(string text, int start, int end)
    {
        var i = start;
        while (i < end && (char.IsLetterOrDigit(text[i]) || text[i] == '_')) i++;
        return i;
    }

    private static bool BracesBalance(string text, int start, int end)
    {
        var depth = 0;
        for (var i = start; i < end; i++)
        {
            if (text[i] == '{') depth++;
            else if (text[i] == '}' && --depth < 0) return false;
        }
        return depth == 0;
    }
}

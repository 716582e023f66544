using System.Text;

namespace RedFire.Lint.Env;

/// <summary>
/// The backslash escapes Compose applies inside a double-quoted env value, before substitution:
/// <c>\a \b \f \n \r \t \v \" \\</c>, <c>\0ooo</c> (octal) and <c>\$</c> (a literal dollar, written back as
/// <c>$$</c> so substitution keeps it). Any other backslash stays as written.
/// </summary>
internal static class DoubleQuoteEscapes
{
    public static string Expand(string text)
    {
        if (text.IndexOf('\\') < 0) return text;
        var result = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c != '\\' || i + 1 >= text.Length)
            {
                result.Append(c);
                continue;
            }
            var next = text[i + 1];
            var simple = Simple(next);
            if (simple is not null)
            {
                result.Append(simple);
                i++;
            }
            else if (next == '0' && i + 4 < text.Length && IsOctal(text[i + 2]) && IsOctal(text[i + 3]) && IsOctal(text[i + 4]))
            {
                result.Append((char)(((text[i + 2] - '0') * 64) + ((text[i + 3] - '0') * 8) + (text[i + 4] - '0')));
                i += 4;
            }
            else
            {
                result.Append(c);
            }
        }
        return result.ToString();
    }

    private static string? Simple(char c) => c switch
    {
        'a' => "\a",
        'b' => "\b",
        'f' => "\f",
        'n' => "\n",
        'r' => "\r",
        't' => "\t",
        'v' => "\v",
        '"' => "\"",
        '\\' => "\\",
        '$' => "$$",
        _ => null,
    };

    private static bool IsOctal(char c) => c >= '0' && c <= '7';
}

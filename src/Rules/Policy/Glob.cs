using System;
using System.Text;
using System.Text.RegularExpressions;

namespace RedFire.Lint.Policy;

/// <summary>
/// A path glob over '/'-separated relative paths: <c>**</c> any number of directories, <c>*</c> any characters
/// but '/', <c>?</c> one character but '/', <c>{a,b}</c> alternatives. Case-sensitive, like the file systems we lint on.
/// </summary>
public sealed class Glob
{
    private readonly Regex _regex;

    private Glob(string pattern, Regex regex)
    {
        Pattern = pattern;
        _regex = regex;
    }

    public string Pattern { get; }

    public bool IsMatch(string relativePath) => _regex.IsMatch(relativePath.Replace('\\', '/'));

    public override string ToString() => Pattern;

    /// <summary>Compiles a pattern matched against the whole path.</summary>
    public static Glob Compile(string pattern) =>
        new(pattern, new Regex("^" + Translate(pattern.Replace('\\', '/')) + "$", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1)));

    private static string Translate(string pattern)
    {
        var regex = new StringBuilder();
        var braceDepth = 0;
        for (var i = 0; i < pattern.Length; i++)
        {
            var c = pattern[i];
            switch (c)
            {
                case '*' when i + 1 < pattern.Length && pattern[i + 1] == '*':
                    var slashBefore = i == 0 || pattern[i - 1] == '/';
                    var slashAfter = i + 2 < pattern.Length && pattern[i + 2] == '/';
                    if (slashBefore && slashAfter)
                    {
                        regex.Append("(?:[^/]*/)*"); // "**/": zero or more whole directories
                        i += 2;
                    }
                    else
                    {
                        regex.Append(".*");
                        i++;
                    }
                    break;
                case '*':
                    regex.Append("[^/]*");
                    break;
                case '?':
                    regex.Append("[^/]");
                    break;
                case '{':
                    braceDepth++;
                    regex.Append("(?:");
                    break;
                case '}' when braceDepth > 0:
                    braceDepth--;
                    regex.Append(')');
                    break;
                case ',' when braceDepth > 0:
                    regex.Append('|');
                    break;
                default:
                    regex.Append(Regex.Escape(c.ToString()));
                    break;
            }
        }
        // An unclosed '{' is a literal brace in other tools; here it would be a regex error, so close it.
        regex.Append(')', braceDepth);
        return regex.ToString();
    }
}

using System;
using System.Collections.Generic;
using System.Text.RegularExpressions;

namespace RedFire.Lint.Secrets;

/// <summary>
/// Regexes for scanning untrusted text: culture-invariant and bounded in time, interpreted unless the caller asks for
/// <see cref="RegexOptions.Compiled"/> (compiling costs start-up time in a compiler or build host). The patterns are written
/// to run in linear time (bounded quantifiers, look-behind anchors); the timeout is the backstop, and a scan that
/// hits it simply stops reporting for that pattern instead of hanging the build.
/// </summary>
internal static class SafeRegex
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMilliseconds(500);

    public static Regex Create(string pattern, RegexOptions options = RegexOptions.None) =>
        new(pattern, options | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture, Timeout);

    /// <summary>Whether <paramref name="regex"/> matches in the <paramref name="length"/> characters from <paramref name="start"/>, seen as the whole input; false on a timeout.</summary>
    public static bool IsMatch(Regex regex, string text, int start, int length)
    {
        try
        {
            return regex.Match(text, start, length).Success;
        }
        catch (RegexMatchTimeoutException)
        {
            return false;
        }
    }

    public static IEnumerable<Match> Matches(Regex regex, string text, int start = 0)
    {
        Match match;
        try
        {
            match = regex.Match(text, start);
        }
        catch (RegexMatchTimeoutException)
        {
            yield break;
        }
        while (match.Success)
        {
            yield return match;
            try
            {
                match = match.NextMatch();
            }
            catch (RegexMatchTimeoutException)
            {
                yield break;
            }
        }
    }
}

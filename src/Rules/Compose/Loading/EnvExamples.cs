using System.Collections.Generic;
using System.Linq;

namespace RedFire.Lint.Compose.Loading;

/// <summary>
/// The example a checkout ships for an env file that is not committed (<c>.env.example</c> for <c>.env</c>,
/// <c>app.env.sample</c> for <c>app.env</c>): the project's setup copies it into place, so the variables it
/// defines are set, and the file it stands for exists, in every deployment that follows the instructions.
/// </summary>
public static class EnvExamples
{
    private static readonly string[] Suffixes = [".example", ".sample", ".dist", ".template"];

    /// <summary>The names looked for, in order, for an env file named <paramref name="fileName"/>.</summary>
    public static IEnumerable<string> NamesFor(string fileName)
    {
        var names = Suffixes.Select(suffix => fileName + suffix);
        // The bare '.env' is also shipped without its leading dot, or with the word first.
        return fileName == ".env" ? names.Concat(["env.example", "example.env"]) : names;
    }

    /// <summary>The first example of <paramref name="fullPath"/> that <paramref name="exists"/>, or null.</summary>
    public static string? Find(string fullPath, System.Func<string, bool> exists)
    {
        var slash = fullPath.LastIndexOf('/');
        var directory = slash < 0 ? string.Empty : fullPath.Substring(0, slash + 1);
        return NamesFor(fullPath.Substring(slash + 1)).Select(name => directory + name).FirstOrDefault(exists);
    }
}

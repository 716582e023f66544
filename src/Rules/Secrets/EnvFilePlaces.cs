using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using RedFire.Lint.Env;

namespace RedFire.Lint.Secrets;

/// <summary>The places of an env file: each <c>KEY=value</c> entry with a value written in the file.</summary>
internal static class EnvFilePlaces
{
    /// <summary>Name parts that make an env file a sample to copy from: .env.example, .env.sample, example.env…</summary>
    private static readonly HashSet<string> DocumentationMarkers = new(StringComparer.OrdinalIgnoreCase)
    {
        "example", "examples", "sample", "samples", "template", "templates", "tmpl", "tpl", "dist", "defaults", "skeleton",
    };

    private static readonly System.Func<SecretPlace, string> SampleRemedy =
        static place => $"leave the value of {place.Name} empty in this sample file";

    private static readonly System.Func<SecretPlace, string> CommittedRemedy =
        static place => $"do not commit it: keep this file out of the repository (.gitignore), commit a .env.example with an empty {place.Name}, and set {place.Name} in the deployment environment or a secret store";

    public static IEnumerable<SecretPlace> Of(EnvFile file)
    {
        var isDocumentation = IsDocumentation(file.Source.Path);
        foreach (var entry in file.Entries)
        {
            if (entry.IsInherited || entry.ValueLocation is not { } valueLocation || entry.RawValue.Length == 0) continue;
            yield return new SecretPlace(file.Source, valueLocation, SecretPlaceKind.Setting, entry.Key, entry.RawValue)
            {
                Where = "env file entry",
                RemedyOf = isDocumentation ? SampleRemedy : CommittedRemedy,
                IsDocumentation = isDocumentation,
            };
        }
    }

    public static bool IsDocumentation(string path) =>
        Path.GetFileName(path).Split('.', '_', '-').Any(DocumentationMarkers.Contains);
}

using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using RedFire.Lint.Policy;

namespace RedFire.Lint.MsBuild;

/// <summary>
/// What the last analysis depended on, as one string: every input file's path, size and time, and which
/// configuration files existed. MSBuild's target inputs compare times only, so a deleted <c>.editorconfig</c>
/// (or one added above a file) would go unnoticed; here the set of config files is part of the key, so any
/// change of it — a file added, changed or deleted — makes the next build analyse again.
/// </summary>
internal static class InputFingerprint
{
    private static readonly string[] ConfigFileNames = [".editorconfig", ".globalconfig", ConfigFile.FileName];

    /// <param name="root">The folder the run is rooted at; config files are looked for above it and above every input.</param>
    /// <param name="inputs">Deployment files, candidate C# files and an explicit config file, as full paths.</param>
    public static string Compute(string root, string settings, IEnumerable<string> inputs)
    {
        var text = new StringBuilder();
        text.Append("task=").Append(typeof(InputFingerprint).Assembly.ManifestModule.ModuleVersionId).Append('\n');
        text.Append("root=").Append(root).Append('\n');
        text.Append("settings=").Append(settings).Append('\n');

        var files = inputs.Distinct(StringComparer.Ordinal).OrderBy(p => p, StringComparer.Ordinal).ToArray();
        foreach (var file in files) Describe(text, file);

        // The engine reads the .editorconfig/.globalconfig of every folder above each file, and the config file
        // nearest above the root: whether each exists (and its time) is an input.
        var folders = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var start in files.Select(Path.GetDirectoryName).Append(root))
            for (var folder = start; !string.IsNullOrEmpty(folder) && folders.Add(folder!); folder = Path.GetDirectoryName(folder)) { }
        foreach (var folder in folders)
            foreach (var name in ConfigFileNames)
            {
                var candidate = Path.Combine(folder, name);
                if (File.Exists(candidate)) Describe(text, candidate);
            }
        return text.ToString();
    }

    private static void Describe(StringBuilder text, string path)
    {
        var info = new FileInfo(path);
        text.Append(path).Append('|');
        if (info.Exists) text.Append(info.Length).Append('|').Append(info.LastWriteTimeUtc.Ticks);
        else text.Append("missing");
        text.Append('\n');
    }
}

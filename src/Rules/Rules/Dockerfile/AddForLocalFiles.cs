using System;
using System.Linq;
using RedFire.Lint.Dockerfiles;

namespace RedFire.Lint.Rules.Dockerfile;

/// <summary>
/// RF1012: ADD of local files that are not archives: COPY does the same without ADD's surprises (URL download,
/// automatic extraction). ADD of URLs, git repositories and local tar archives (which ADD extracts) is left alone.
/// </summary>
public sealed class AddForLocalFiles : IRule<DockerfileDocument>
{
    private static readonly string[] Archives = [".tar", ".tar.gz", ".tgz", ".tar.bz2", ".tbz2", ".tbz", ".tar.xz", ".txz", ".tar.zst", ".tzst", ".gz", ".bz2", ".xz"];

    public string Id => RuleIds.AddForLocalFiles;

    public void Check(DockerfileDocument document, RuleContext context)
    {
        foreach (var stage in document.Stages)
        {
            foreach (var copy in stage.Copies)
            {
                if (!copy.IsAdd || copy.Sources.Count == 0 || copy.Heredocs.Count > 0) continue;
                // A variable source (ADD ${JAR_FILE} app.jar) is a local path unless it is a URL or an archive.
                if (copy.Sources.Any(s => IsRemote(s.Value) || IsArchive(s.Value))) continue;
                context.Report(copy.Instruction.KeywordLocation,
                    $"'ADD {string.Join(" ", copy.Sources.Select(s => s.Value))}' copies local files, which COPY does without ADD's URL downloads and archive unpacking.",
                    $"Write COPY instead of ADD.");
            }
        }
    }

    private static bool IsRemote(string source) =>
        source.IndexOf("://", StringComparison.Ordinal) > 0 || source.StartsWith("git@", StringComparison.Ordinal);

    private static bool IsArchive(string source) => Archives.Any(a => source.EndsWith(a, StringComparison.OrdinalIgnoreCase));
}

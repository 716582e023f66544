using System;
using System.Collections.Generic;
using System.Linq;
using RedFire.Lint.Dockerfiles;
using RedFire.Lint.Findings;

namespace RedFire.Lint.Rules.Dockerfile;

/// <summary>
/// RF1051 (info): a tar archive is COPYed and a later RUN of the stage extracts it with tar: the archive stays in
/// the COPY layer. <c>ADD archive.tar.gz /dest/</c> extracts local tar archives in one layer.
/// </summary>
public sealed class CopiedArchiveExtracted : IRule<DockerfileDocument>
{
    private static readonly string[] TarExtensions = [".tar", ".tar.gz", ".tgz", ".tar.bz2", ".tbz2", ".tar.xz", ".txz", ".tar.zst"];

    public string Id => RuleIds.CopiedArchiveExtracted;

    public void Check(DockerfileDocument document, RuleContext context)
    {
        foreach (var stage in document.Stages)
        {
            var archives = stage.Copies.Where(c => !c.IsAdd && c.From is null && c.Destination is not null)
                .Select(c => (Copy: c, Names: NamesOf(c))).Where(a => a.Names.Count > 0).ToArray();
            if (archives.Length == 0) continue;
            foreach (var run in stage.Runs)
                foreach (var command in run.Commands.Where(IsTarExtract))
                {
                    var extracted = command.Arguments.Select(a => BaseName(a.Value)).ToArray();
                    foreach (var (copy, names) in archives)
                    {
                        if (copy.Instruction.StartLine > run.Instruction.StartLine || !extracted.Any(names.Contains)) continue;
                        context.Report(copy.Instruction.Location, $"The archive COPYed here is extracted by 'tar' on line {command.Location.Line}, so the archive itself stays in the image's COPY layer.",
                            $"Let ADD extract it in one layer: 'ADD {copy.Sources[0].Value} <directory>/'.",
                            new RelatedLocation(command.Location, "the archive is extracted here"));
                    }
                }
        }
    }

    private static HashSet<string> NamesOf(CopyInstruction copy)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var source in copy.Sources.Where(s => IsTarArchive(s.Value)))
        {
            names.Add(BaseName(source.Value));
            var destination = copy.Destination!.Value;
            if (IsTarArchive(destination)) names.Add(BaseName(destination));
        }
        return names;
    }

    private static bool IsTarArchive(string path) => TarExtensions.Any(e => path.EndsWith(e, StringComparison.OrdinalIgnoreCase));

    private static string BaseName(string path)
    {
        var trimmed = path.TrimEnd('/', '\\');
        return trimmed.Substring(Math.Max(trimmed.LastIndexOf('/'), trimmed.LastIndexOf('\\')) + 1);
    }

    private static bool IsTarExtract(ShellCommand command) =>
        command.Runs("tar") && command.Arguments.Any(a => a.Value is "--extract" or "--get"
            || (a.Value.StartsWith("-", StringComparison.Ordinal) && !a.Value.StartsWith("--", StringComparison.Ordinal) && a.Value.IndexOf('x') >= 0)
            || a == command.Arguments[0] && !a.Value.StartsWith("-", StringComparison.Ordinal) && a.Value.IndexOf('x') >= 0);
}

using System;
using System.Collections.Generic;
using System.Linq;
using RedFire.Lint.Dockerfiles;

namespace RedFire.Lint.Rules.Dockerfile;

/// <summary>RF1025: <c>curl … | sh</c> / <c>wget -O- … | bash</c>: runs whatever the server sends, unverified, as the build user.</summary>
public sealed class CurlPipedToShell : IRule<DockerfileDocument>
{
    private static readonly HashSet<string> Shells = new(StringComparer.Ordinal) { "sh", "bash", "ash", "dash", "zsh", "ksh", "python", "python3", "perl", "ruby", "node" };

    public string Id => RuleIds.CurlPipedToShell;

    public void Check(DockerfileDocument document, RuleContext context)
    {
        foreach (var (_, run) in document.AllRuns)
        {
            var commands = run.Commands;
            for (var i = 0; i + 1 < commands.Count; i++)
            {
                var fetch = commands[i];
                if (!(fetch.Runs("curl") || fetch.Runs("wget")) || !fetch.IsPipedToNext) continue;
                var next = commands[i + 1];
                var shell = next.Program;
                if (shell is null || !Shells.Contains(shell.Substring(shell.LastIndexOf('/') + 1))) continue;
                var url = fetch.Arguments.FirstOrDefault(a => a.Value.Contains("://"))?.Value ?? "the download";
                context.Report(fetch.Location.Through(next.Location),
                    $"RUN pipes {url} from {fetch.Program} straight into {shell}, which runs code nobody verified.",
                    $"Download it to a file, check its SHA-256 (sha256sum -c), then run it.");
            }
        }
    }
}

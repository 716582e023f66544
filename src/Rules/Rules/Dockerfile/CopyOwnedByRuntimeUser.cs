using System;
using System.Linq;
using RedFire.Lint.Dockerfiles;

namespace RedFire.Lint.Rules.Dockerfile;

/// <summary>
/// RF1094: COPY/ADD <c>--chown</c> to the user the final image runs as. The process then owns its own code and
/// configuration and can rewrite them, so a compromise persists in the container; files owned by root and readable
/// by the user cannot be changed. A <c>--chown</c> to another user, in a builder stage, or into a place that is
/// meant to be written (a home directory, /tmp, /var), is not reported.
/// </summary>
public sealed class CopyOwnedByRuntimeUser : IRule<DockerfileDocument>
{
    private static readonly string[] WritablePlaces = ["/home/", "/tmp/", "/var/"];

    public string Id => RuleIds.CopyOwnedByRuntimeUser;

    public void Check(DockerfileDocument document, RuleContext context)
    {
        var stages = document.FinalImageStages.ToArray();
        if (stages.Select(s => s.User).FirstOrDefault(u => u is not null) is not { IsRoot: false } user) return;
        foreach (var copy in stages.SelectMany(s => s.Copies))
        {
            if (copy.Chown is not { Value: { } owner } chown || copy.Heredocs.Count > 0) continue;
            if (!string.Equals(owner.Split(':')[0], user.User, StringComparison.Ordinal) || IsWritablePlace(copy.Destination?.Value)) continue;
            context.Report(chown.Location,
                $"--chown={owner} makes the copied files belong to '{user.User}', the user the image runs as (line {user.Instruction.Location.Line}), so the running process can rewrite them.",
                $"Leave the files owned by root (they stay readable), and give '{user.User}' write access only to the folders it writes, such as a data directory or a volume.");
        }
    }

    private static bool IsWritablePlace(string? destination) =>
        destination is not null && WritablePlaces.Any(p => (destination.TrimEnd('/') + "/").StartsWith(p, StringComparison.Ordinal));
}

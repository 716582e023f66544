using System.Linq;
using RedFire.Lint.Dockerfiles;

namespace RedFire.Lint.Rules.Dockerfile;

/// <summary>RF1041: <c>chmod 777</c> (or <c>a+w</c>/<c>o+w</c>) in a RUN or COPY --chmod: any process in the container may rewrite those files.</summary>
public sealed class WorldWritableChmod : IRule<DockerfileDocument>
{
    public string Id => RuleIds.WorldWritableChmod;

    public void Check(DockerfileDocument document, RuleContext context)
    {
        foreach (var (_, _, command) in document.AllRunCommands)
        {
            if (!command.Runs("chmod")) continue;
            var mode = command.Arguments.FirstOrDefault(a => !a.Value.StartsWith("-") || IsWorldWritable(a.Value));
            if (mode is null || !IsWorldWritable(mode.Value)) continue;
            context.Report(mode.Location, $"'chmod {mode.Value}' makes files writable by every user in the container.",
                $"Grant only what is needed, for example 755 or 644, owned by the app user.");
        }
        foreach (var stage in document.Stages)
            foreach (var copy in stage.Copies)
                if (copy.Chmod is { Value: { } value } flag && IsWorldWritable(value))
                    context.Report(flag.Location, $"{copy.Instruction.Keyword} --chmod={value} makes the files writable by every user.", $"Use 755 or 644.");
    }

    /// <summary>Octal modes whose "other" digit has the write bit, or symbolic o+w / a+w / +w.</summary>
    internal static bool IsWorldWritable(string mode)
    {
        if (mode.Length >= 3 && mode.All(c => c >= '0' && c <= '7'))
            return ((mode[mode.Length - 1] - '0') & 2) != 0;
        return mode.Split(',').Any(part => (part.StartsWith("o+") || part.StartsWith("a+") || part.StartsWith("+")) && part.Contains("w"));
    }
}

using System.Globalization;
using System.Linq;
using RedFire.Lint.Dockerfiles;

namespace RedFire.Lint.Rules.Dockerfile;

/// <summary>
/// RF1042 (info): <c>useradd -u &lt;large uid&gt;</c> without <c>-l</c>: useradd pre-allocates the lastlog/faillog files
/// for every uid below, which can add gigabytes to the layer.
/// </summary>
public sealed class UseraddHighUidWithoutNoLogInit : IRule<DockerfileDocument>
{
    public string Id => RuleIds.UseraddHighUidWithoutNoLogInit;

    public void Check(DockerfileDocument document, RuleContext context)
    {
        foreach (var (_, _, command) in document.AllRunCommands)
        {
            if (!command.Runs("useradd") || command.HasOption("-l", "--no-log-init")) continue;
            var arguments = command.Arguments;
            for (var i = 0; i < arguments.Count; i++)
            {
                var value = arguments[i].Value;
                string? uid = value is "-u" or "--uid" && i + 1 < arguments.Count ? arguments[i + 1].Value
                    : value.StartsWith("--uid=") ? value.Substring(6) : null;
                if (uid is null || !long.TryParse(uid, NumberStyles.None, CultureInfo.InvariantCulture, out var number) || number < 100_000) continue;
                context.Report(command.Name!.Location.Through(arguments[arguments.Count - 1].Location),
                    $"'useradd' with uid {uid} and without -l (--no-log-init) writes huge sparse lastlog/faillog files into the layer.",
                    $"Add -l: 'useradd -l -u {uid} …'.");
                break;
            }
        }
    }
}

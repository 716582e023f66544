using System;
using System.Linq;
using RedFire.Lint.Dockerfiles;

namespace RedFire.Lint.Rules.Dockerfile;

/// <summary>RF1029 (info): <c>gem install name</c> without <c>name:version</c> or <c>-v</c>. Words after <c>--</c> are build flags.</summary>
public sealed class GemUnpinnedPackages : IRule<DockerfileDocument>
{
    private static readonly string[] OptionsWithValue = ["-v", "--version", "-i", "--install-dir", "-n", "--bindir", "--source", "-s", "-P", "--trust-policy", "-g", "--file", "--platform"];

    public string Id => RuleIds.GemUnpinnedPackages;

    public void Check(DockerfileDocument document, RuleContext context)
    {
        foreach (var (_, _, command) in document.AllRunCommands)
        {
            if (!command.Runs("gem") || command.Subcommand(OptionsWithValue)?.Value is not ("install" or "i")) continue;
            if (command.HasOption("-v", "--version")) continue;
            var arguments = command.Arguments;
            var beforeBuildFlags = new System.Collections.Generic.HashSet<ShellWord>(arguments.TakeWhile(a => a.Value != "--"));
            foreach (var package in command.Operands(OptionsWithValue).Skip(1).Where(beforeBuildFlags.Contains))
            {
                if (package.Value.Contains(":") || package.HasExpansion || package.Value.EndsWith(".gem") || IsOptionValue(arguments, package)) continue;
                context.Report(package.Location, $"gem '{package.Value}' has no version, so each build installs whatever is newest that day.",
                    $"Pin it: '{package.Value}:<version>' (or -v <version>).");
            }
        }
    }

    /// <summary>'true' or 'false' after a long option (<c>--use-system-libraries true</c>) is the option's value, not a gem.</summary>
    private static bool IsOptionValue(System.Collections.Generic.IReadOnlyList<ShellWord> arguments, ShellWord word)
    {
        var index = -1;
        for (var i = 0; i < arguments.Count; i++) if (ReferenceEquals(arguments[i], word)) index = i;
        return word.Value is "true" or "false" && index > 0 && arguments[index - 1].Value.StartsWith("--", StringComparison.Ordinal) && !arguments[index - 1].Value.Contains("=");
    }
}

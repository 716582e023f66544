using System;
using System.Linq;
using System.Text.RegularExpressions;
using RedFire.Lint.Dockerfiles;

namespace RedFire.Lint.Rules.Dockerfile;

/// <summary>
/// RF1071 (info): <c>pecl install name</c> without <c>name-version</c>: each build compiles whatever release is
/// newest. A stability keyword (<c>redis-beta</c>) is no version; archives, <c>package.xml</c> and URLs are fixed files.
/// </summary>
public sealed class PeclUnpinnedPackages : IRule<DockerfileDocument>
{
    private static readonly string[] OptionsWithValue = ["-R", "--installroot", "-P", "--packagingroot", "-D", "--configureoptions"];

    private static readonly Regex Pinned = new(@"-\d[0-9A-Za-z.]*$", RegexOptions.CultureInvariant);

    public string Id => RuleIds.PeclUnpinnedPackages;

    public void Check(DockerfileDocument document, RuleContext context)
    {
        foreach (var (_, _, command) in document.AllRunCommands)
        {
            if (!command.Runs("pecl") || command.Subcommand(OptionsWithValue)?.Value != "install") continue;
            foreach (var package in command.Operands(OptionsWithValue).Skip(1))
            {
                if (package.HasExpansion || IsFile(package.Value)) continue;
                // channel://pecl.php.net/redis-6.1.0 and pecl.php.net/redis-6.1.0 name the package after the last '/'.
                var name = package.Value.Substring(package.Value.LastIndexOf('/') + 1);
                if (Pinned.IsMatch(name)) continue;
                context.Report(package.Location, $"pecl package '{package.Value}' has no version, so each build compiles whatever release is newest that day.",
                    $"Pin it: '{name}-<version>' (for example '{name}-1.2.3').");
            }
        }
    }

    private static bool IsFile(string value) =>
        value.EndsWith(".tgz", StringComparison.Ordinal) || value.EndsWith(".tar", StringComparison.Ordinal) || value.EndsWith(".tar.gz", StringComparison.Ordinal)
        || value.EndsWith(".xml", StringComparison.Ordinal) || value.StartsWith("http://", StringComparison.Ordinal) || value.StartsWith("https://", StringComparison.Ordinal);
}

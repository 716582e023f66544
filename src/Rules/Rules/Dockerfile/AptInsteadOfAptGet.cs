using RedFire.Lint.Dockerfiles;

namespace RedFire.Lint.Rules.Dockerfile;

/// <summary>RF1007: <c>apt</c> is the interactive front end; scripts should use apt-get/apt-cache, whose interface is stable.</summary>
public sealed class AptInsteadOfAptGet : IRule<DockerfileDocument>
{
    public string Id => RuleIds.AptInsteadOfAptGet;

    public void Check(DockerfileDocument document, RuleContext context)
    {
        foreach (var (_, _, command) in document.AllRunCommands)
        {
            if (!command.Runs("apt") || command.Name is null) continue;
            var sub = PackageManagers.AptGetSubcommand(command) ?? "";
            context.Report(command.Name.Location,
                $"'apt {sub}' uses apt, whose command-line interface is not stable for scripts; apt-get is.",
                $"Write 'apt-get {sub}' (or apt-cache for searches).");
        }
    }
}

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
            var sub = command.Subcommand("-o", "-c", "-t")?.Value ?? "";
            context.Report(command.Name.Location,
                $"{document.Path}: 'apt {sub}' uses apt, which warns that its command-line interface is unstable in scripts; use 'apt-get {sub}' (or apt-cache for searches)");
        }
    }
}

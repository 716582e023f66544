using RedFire.Lint.Deployment;
using RedFire.Lint.Findings;

namespace RedFire.Lint.Rules.Deployment;

/// <summary>A system package manager runs after USER switched to an unprivileged user: it cannot write the system, the build fails.</summary>
public sealed class PackageInstallAsNonRootRule : IRule<ImageDockerfile>
{
    public string Id => RuleIds.PackageInstallAsNonRoot;

    public void Check(ImageDockerfile model, RuleContext context)
    {
        foreach (var stage in model.Stages)
        {
            foreach (var command in stage.Commands)
            {
                if (command.User is not { } user || Users.IsRoot(user.Value)) continue;
                var package = PackageCommands.Parse(command);
                if (package is null || package.Manager == PackageManager.Pip || command.IsElevated) continue;
                context.Report(package.ManagerWord.Location,
                    $"'{package.ManagerWord.Value}' runs as USER {user.Value} (line {user.Location.Line}) in stage {stage.DisplayName}, but installing system packages needs root, so this RUN fails.",
                    $"Move it before the USER instruction (or switch to USER root around it).",
                    new RelatedLocation(user.Location, $"USER {user.Value}"));
            }
        }
    }
}

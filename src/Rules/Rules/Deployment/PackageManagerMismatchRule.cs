using RedFire.Lint.Deployment;
using RedFire.Lint.Findings;

namespace RedFire.Lint.Rules.Deployment;

/// <summary>A RUN uses a package manager the base image's distribution does not have: <c>apk</c> on a Debian image.</summary>
public sealed class PackageManagerMismatchRule : IRule<ImageDockerfile>
{
    public string Id => RuleIds.PackageManagerMismatch;

    public void Check(ImageDockerfile model, RuleContext context)
    {
        foreach (var stage in model.Stages)
        {
            if (stage.BaseImage is not { } baseImage || stage.Family == ImageFamily.Unknown) continue;
            var expected = ImageFamilies.ManagerOf(stage.Family);
            foreach (var command in stage.Commands)
            {
                var package = PackageCommands.Parse(command);
                if (package is null || package.Manager == PackageManager.Pip || package.Manager == expected) continue;
                var advice = expected is null
                    ? $"{baseImage.Value} has no package manager: install in a builder stage and copy the files in."
                    : $"Use {Advice(expected.Value)}, or build on an image of the family this command expects.";
                context.Report(package.ManagerWord.Location,
                    $"'{package.ManagerWord.Value}' does not exist in stage {stage.DisplayName}, whose base image {baseImage.Value} (line {baseImage.Location.Line}) is {stage.Family}-based{(expected is null ? " with no package manager" : $" and installs with {expected.Value.ToString().ToLowerInvariant()}")}, so this RUN fails.",
                    $"{advice}",
                    new RelatedLocation(baseImage.Location, $"base image {baseImage.Value}"));
            }
        }
    }

    private static string Advice(PackageManager manager) => manager switch
    {
        PackageManager.Apt => "apt-get install --no-install-recommends",
        PackageManager.Apk => "apk add --no-cache",
        PackageManager.Yum => "dnf/yum/microdnf install",
        _ => manager.ToString(),
    };
}

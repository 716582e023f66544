using RedFire.Lint.Deployment;
using RedFire.Lint.Findings;

namespace RedFire.Lint.Rules.Deployment;

/// <summary>
/// The user a service's processes run as: compose <c>user:</c>, over the effective USER of the stage it builds
/// (through <c>FROM &lt;stage&gt;</c>). Root is a finding; official images that drop privileges in their
/// entrypoint (postgres, redis…, configurable) are not. A Dockerfile's last stage is left to the Dockerfile
/// rules, which already report it there; this rule adds compose overrides and targets of earlier stages.
/// </summary>
public sealed class ServiceRunsAsRootRule : IRule<DeploymentModel>
{
    public string Id => RuleIds.ServiceRunsAsRoot;

    public void Check(DeploymentModel model, RuleContext context)
    {
        foreach (var service in model.Services)
        {
            if (ServiceRoles.DropsPrivileges(service, context.Policy)) continue;
            if (service.User is { } composeUser)
            {
                if (Users.IsRoot(composeUser.Value))
                    context.Report(composeUser.Location,
                        $"Service {service.Name} runs as root (user: {composeUser.Value}) where an unprivileged user is expected.",
                        $"Remove it, or set an unprivileged user (the image's own, or a numeric uid:gid such as 10001:10001).");
                continue;
            }
            // The last stage of a Dockerfile is the Dockerfile rules' business; a compose target can pick any other.
            if (service.Build?.Stage is not { } stage || IsLastStage(service.Build, stage)) continue;
            var file = service.Build.Dockerfile?.Source.Path ?? service.Build.Candidate?.Source.Path;
            if (stage.User is { } user)
            {
                if (Users.IsRoot(user.Value))
                    context.Report(service.Build.Target?.Location ?? service.Build.Location,
                        $"Service {service.Name} runs as root, where an unprivileged user is expected: the stage it builds, {stage.DisplayName} in {file}, ends with USER {user.Value} (line {user.Location.Line}).",
                        $"Switch to an unprivileged USER at the end of that stage, or set user: in compose.",
                        new RelatedLocation(user.Location, $"USER {user.Value}"));
            }
            else if (stage.BaseImage is { } baseImage && !ServiceRoles.Matches(baseImage.Value, context.Policy.PrivilegeDroppingImages) && IsOfficialRootImage(baseImage.Value))
            {
                context.Report(service.Build.Target?.Location ?? service.Build.Location,
                    $"Service {service.Name} runs as root, where an unprivileged user is expected: the stage it builds, {stage.DisplayName} in {file}, sets no USER and its base image {baseImage.Value} runs as root.",
                    $"Add a USER with an unprivileged account to that stage, or set user: in compose.",
                    new RelatedLocation(stage.FromLocation, $"FROM {baseImage.Value}"));
            }
        }
    }

    private static bool IsLastStage(BuildReference build, ImageStage stage)
    {
        var stages = (build.Dockerfile ?? build.Candidate)?.Stages;
        return stages is not null && stages.Count > 0 && stages[stages.Count - 1] == stage;
    }

    /// <summary>Base images known to default to root (the distributions and official language images).</summary>
    private static bool IsOfficialRootImage(ImageName image) =>
        ImageFamilies.Of(image) is ImageFamily.Debian or ImageFamily.Alpine or ImageFamily.RedHat
        && !image.ShortRepository.Contains("unprivileged") && !image.ShortRepository.Contains("nonroot");
}

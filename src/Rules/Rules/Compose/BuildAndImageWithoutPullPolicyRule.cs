using RedFire.Lint.Compose;

namespace RedFire.Lint.Rules.Compose;

/// <summary>
/// RF2066: with both build and image, Compose's default pull_policy (missing) runs a pulled image of that name when
/// one exists in the registry, instead of building the source next to it. pull_policy says which is meant.
/// </summary>
public sealed class BuildAndImageWithoutPullPolicyRule : IRule<ComposeProject>
{
    public string Id => RuleIds.BuildAndImageWithoutPullPolicy;

    public void Check(ComposeProject project, RuleContext context)
    {
        foreach (var service in project.Services)
        {
            if (service.Build is null || service.Image is not { } image || image.Value.Trim().Length == 0 || service.Node.ContainsKey("pull_policy")) continue;
            context.Report(image.UsedAt,
                $"Service '{service.Name}' has build and image '{image.Value}' but no pull_policy, so Compose runs an existing or pulled '{image.Value}' and builds only when there is none.",
                $"Set pull_policy: build to always build from this source (image then only names the result), or pull_policy: always or missing if the registry image is meant.");
        }
    }
}

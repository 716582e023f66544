using System.Linq;
using RedFire.Lint.Deployment;

namespace RedFire.Lint.Rules.Deployment;

/// <summary>A port in the C# ports class that no compose service uses: a retired service, or a service renamed on one side only.</summary>
public sealed class PortMemberWithoutServiceRule : IRule<DeploymentModel>
{
    public string Id => RuleIds.PortMemberWithoutService;

    public void Check(DeploymentModel model, RuleContext context)
    {
        // A project none of whose services has a member (a dev compose with only a database) is not what the class describes.
        if (model.PortAssignments.All(a => a.Service is null)) return;
        foreach (var assignment in model.PortAssignments.Where(a => a.Service is null))
        {
            var member = assignment.Member;
            var hint = member.ComposeService is { } named
                ? $"its [ComposeService(\"{named}\")] names no service of {model.ComposeFile}"
                : $"no service of {model.ComposeFile} is named like it ({Naming.Normalize(member.Stem)}) or has SERVICE_NAME={Naming.ToSnakeCase(member.Stem)}";
            context.Report(member.NameLocation,
                $"{model.Ports?.Name}.{member.Name} ({member.Value}) should be the port of a compose service, but {hint}.",
                $"Add [ComposeService(\"<service>\")] to the member, or remove it if the service is gone.");
        }
    }
}

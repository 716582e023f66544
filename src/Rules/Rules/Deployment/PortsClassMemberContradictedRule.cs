using System.Linq;
using RedFire.Lint.Deployment;
using RedFire.Lint.Findings;

namespace RedFire.Lint.Rules.Deployment;

/// <summary>
/// The C# side of RF4001: one finding on the port member's value, listing every deployment place that states
/// another port (as related locations), so the IDE shows the contradiction where the constant is edited.
/// </summary>
public sealed class PortsClassMemberContradictedRule : IRule<DeploymentModel>
{
    public string Id => RuleIds.PortsClassMemberContradicted;

    public void Check(DeploymentModel model, RuleContext context)
    {
        foreach (var byMember in PortDisagreements.Of(model).GroupBy(d => d.Assignment))
        {
            var member = byMember.Key.Member;
            var places = byMember.ToArray();
            var listed = string.Join("; ", places.Select(p => $"{p.Location.File}:{p.Location.Line} ({p.Description}) says {p.Found}"));
            context.Report(member.ValueLocation,
                $"{member.Name} is {member.Value}, but the deployment of service {byMember.Key.Service!.Name} says otherwise in {places.Length} place{(places.Length == 1 ? "" : "s")}: {listed}.",
                $"Make them agree: change the deployment, or this value if the deployment is right.",
                places.Select(p => new RelatedLocation(p.Location, $"{p.Description}: {p.Found}")).ToArray());
        }
    }
}

using RedFire.Lint.Deployment;
using RedFire.Lint.Findings;

namespace RedFire.Lint.Rules.Deployment;

/// <summary>
/// Every place that states a service's port (environment, command options, EXPOSE, health-check URLs, ports,
/// expose, nginx upstreams and proxy_pass) must agree with the port the C# ports class gives that service.
/// Reported at the place; RF4004 shows the same disagreement on the C# member.
/// </summary>
public sealed class PortDisagreesWithPortsClassRule : IRule<DeploymentModel>
{
    public string Id => RuleIds.PortDisagreesWithPortsClass;

    public void Check(DeploymentModel model, RuleContext context)
    {
        foreach (var disagreement in PortDisagreements.Of(model))
        {
            var member = disagreement.Assignment.Member;
            var className = model.Ports?.Name;
            context.Report(disagreement.Location,
                $"{Sentence.Capitalized(disagreement.Description)} of service {disagreement.Service.Name} says port {disagreement.Found}, but {className}.{member.Name} (matched {disagreement.Assignment.MatchDescription}, {member.ValueLocation.File}:{member.ValueLocation.Line}) says {member.Value}.",
                $"Use {member.Value} here, or change {member.Name} if the code is what is wrong.",
                new RelatedLocation(member.ValueLocation, $"{className}.{member.Name} = {member.Value}"));
        }
    }
}

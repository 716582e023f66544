using System.Linq;
using RedFire.Lint.Deployment;
using RedFire.Lint.Findings;

namespace RedFire.Lint.Rules.Deployment;

/// <summary>
/// Every place that states a service's port (environment, command options, EXPOSE, health-check URLs, ports,
/// expose, nginx upstreams and proxy_pass) must agree with the port the C# ports class gives that service.
/// </summary>
public sealed class PortDisagreesWithPortsClassRule : IRule<DeploymentModel>
{
    public string Id => RuleIds.PortDisagreesWithPortsClass;

    public void Check(DeploymentModel model, RuleContext context)
    {
        foreach (var assignment in model.PortAssignments)
        {
            if (assignment.Service is not { } service) continue;
            var member = assignment.Member;
            var truth = new RelatedLocation(member.ValueLocation, $"{model.Ports?.Name}.{member.Name} = {member.Value}");
            var statements = PortStatements.Of(model, service);

            foreach (var single in statements.Where(s => s.Group is null && s.Value != member.Value))
                Report(single.Location, single.Description, single.Value.ToString(System.Globalization.CultureInfo.InvariantCulture));

            foreach (var group in statements.Where(s => s.Group is not null).GroupBy(s => (s.Group, s.Location.File)))
            {
                if (group.Any(s => s.Value == member.Value)) continue;
                var first = group.First();
                Report(first.Location, first.Description, string.Join(", ", group.Select(s => s.Value)));
            }

            void Report(Sources.Location location, string where, string found) =>
                context.Report(location,
                    $"Service {service.Name}: {where} says port {found}, but {model.Ports?.Name}.{member.Name} is {member.Value} ({member.ValueLocation.File}:{member.ValueLocation.Line}); use {member.Value} here, or change {member.Name} if the code is what is wrong.",
                    truth);
        }
    }
}
